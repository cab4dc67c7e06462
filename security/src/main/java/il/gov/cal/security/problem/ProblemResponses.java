package il.gov.cal.security.problem;

import il.gov.cal.security.correlation.CorrelationId;
import jakarta.ws.rs.core.Response;

/** Turns a {@link Problem} into a JAX-RS response: status, media type, correlation header, body. */
public final class ProblemResponses {

  private ProblemResponses() {}

  /**
   * The response for a problem; a problem without a correlation id gets the current one (or a new
   * one outside a request).
   *
   * @param problem the problem
   * @return a response with an {@code application/problem+json} body
   */
  public static Response of(Problem problem) {
    return builder(problem).build();
  }

  /**
   * A response builder for a problem, for adding headers such as {@code Retry-After}.
   *
   * @param problem the problem
   * @return the builder, with status, media type, correlation header and body set
   */
  public static Response.ResponseBuilder builder(Problem problem) {
    Problem withId =
        problem.correlationId() != null
            ? problem
            : problem.withCorrelationId(CorrelationId.currentOrGenerate());
    return Response.status(withId.status())
        .type(Problem.MEDIA_TYPE)
        .header(CorrelationId.HEADER, withId.correlationId())
        .entity(withId.toJson());
  }
}
