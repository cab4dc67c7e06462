package il.gov.cal.security.web;

import il.gov.cal.security.correlation.CorrelationId;
import il.gov.cal.security.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives a 401 without a body the problem every other refusal has. Liberty answers a request with no
 * token for a resource behind {@code @RolesAllowed} itself: its verifier sets {@code
 * WWW-Authenticate: Bearer ...} on the response and Jakarta REST aborts with a bare 401. This
 * filter adds the problem ({@code unauthorized}, with instance and correlation id) and keeps
 * Liberty's challenge; a 401 that already has a body (the services' own problems) is left alone.
 *
 * <p>Runs before the other response filters of this library (higher priority first), so they see
 * the problem as the entity.
 */
@Provider
@Priority(300)
public class ChallengeProblemFilter implements ContainerResponseFilter {

  static final String DETAIL = "A valid bearer token is required in the Authorization header.";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 401 || response.hasEntity()) {
      return;
    }
    Object chosen = request.getProperty(CorrelationIdFilter.PROPERTY);
    String id = chosen instanceof String s ? s : CorrelationId.currentOrGenerate();
    Problem problem =
        Problem.of(401, "unauthorized", "Unauthorized", DETAIL)
            .withInstance(request.getUriInfo().getRequestUri().getRawPath())
            .withCorrelationId(id);
    response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    response.getHeaders().putSingle(CorrelationId.HEADER, id);
    response.setEntity(problem.toJson(), null, MediaType.valueOf(Problem.MEDIA_TYPE));
  }
}
