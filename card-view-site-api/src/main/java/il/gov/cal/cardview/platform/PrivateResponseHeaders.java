package il.gov.cal.cardview.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Every answer of the site is one cardholder's data, so none is ever cached: {@code Cache-Control:
 * no-store} (and {@code Pragma: no-cache} for old proxies) on every response.
 *
 * <p>The security module's {@code SecurityHeadersFilter} adds the other headers (HSTS, {@code
 * nosniff}, no framing, no referrer, the API content security policy) but sets {@code no-store}
 * only on requests with a bearer token or a container principal; the site's session is a cookie of
 * its own, which that filter cannot see, hence this one.
 */
@Provider
public class PrivateResponseHeaders implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    headers.putSingle("Pragma", "no-cache");
  }
}
