package il.gov.cal.security.web;

import il.gov.cal.security.correlation.CorrelationId;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives each request a correlation id, before anything else runs: the caller's {@code
 * X-Correlation-Id} when it is valid, a new UUID otherwise. The id is kept in the MDC while the
 * request is served, stored as the request property {@value #PROPERTY}, and echoed on the response.
 */
@Provider
@PreMatching
@Priority(100)
public class CorrelationIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** The request property holding the id. */
  public static final String PROPERTY = "cal.correlationId";

  @Override
  public void filter(ContainerRequestContext request) {
    // The edge filter (servlet) has usually chosen the id already; Jakarta REST keeps it.
    Object chosen = request.getProperty(PROPERTY);
    String id =
        chosen instanceof String s
            ? s
            : CorrelationId.acceptOrGenerate(request.getHeaderString(CorrelationId.HEADER));
    request.setProperty(PROPERTY, id);
    CorrelationId.bind(id);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(PROPERTY);
    if (id != null) {
      response.getHeaders().putSingle(CorrelationId.HEADER, id);
    }
    CorrelationId.unbind();
  }
}
