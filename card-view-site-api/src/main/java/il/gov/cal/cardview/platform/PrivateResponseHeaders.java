package il.gov.cal.cardview.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Every answer of the site is one cardholder's data: never cached anywhere, never framed, never
 * sniffed. The platform security module's header filter will replace this one when it is available
 * to the service.
 */
@Provider
public class PrivateResponseHeaders implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle("Cache-Control", "no-store");
    headers.putSingle("Pragma", "no-cache");
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("X-Frame-Options", "DENY");
    headers.putSingle("Referrer-Policy", "no-referrer");
  }
}
