package il.gov.cal.security.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Adds the security headers to every response: HSTS, {@code nosniff}, no framing, no referrer;
 * {@code Content-Security-Policy: default-src 'none'} on JSON and empty responses (an API serves
 * nothing a browser should run); and {@code Cache-Control: no-store} on the response to any
 * authenticated request, replacing whatever the resource set, so that no shared cache keeps
 * personal data.
 */
@Provider
@Priority(200)
public class SecurityHeadersFilter implements ContainerResponseFilter {

  static final String HSTS = "max-age=31536000; includeSubDomains";
  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle("Strict-Transport-Security", HSTS);
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("X-Frame-Options", "DENY");
    headers.putSingle("Referrer-Policy", "no-referrer");
    if (isApiResponse(response)) {
      headers.putSingle("Content-Security-Policy", API_CSP);
    }
    if (isAuthenticated(request)) {
      headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }

  private static boolean isApiResponse(ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    return !response.hasEntity()
        || type == null
        || type.getSubtype().equals("json")
        || type.getSubtype().endsWith("+json");
  }

  private static boolean isAuthenticated(ContainerRequestContext request) {
    return request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || (request.getSecurityContext() != null
            && request.getSecurityContext().getUserPrincipal() != null);
  }
}
