package il.gov.cal.security.problem;

import il.gov.cal.security.correlation.CorrelationId;
import il.gov.cal.security.redaction.RedactedThrowable;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every mapper shares: the request path as the problem's instance, the correlation id, and the
 * answer to an exception nobody expected. Public so that a service can map an exception of its own
 * infrastructure (a persistence conflict, say) to a problem of exactly the same shape.
 *
 * @param <E> the exceptions mapped
 */
public abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  static final String INTERNAL_ERROR_DETAIL =
      "An unexpected error occurred. Quote the correlation id when reporting it.";

  @Context UriInfo uriInfo;

  /**
   * The response for a problem at the current request path.
   *
   * @param problem the problem, without instance
   * @return the problem response
   */
  protected Response respond(Problem problem) {
    return ProblemResponses.of(problem.withInstance(path()));
  }

  /**
   * A 500 with a generic detail; the exception is logged, redacted, with the correlation id that
   * the response carries, so that a report can be matched to the log.
   *
   * @param exception what went wrong
   * @return a 500 problem response
   */
  protected Response internalError(Throwable exception) {
    return serverError(exception, 500);
  }

  /** As {@link #internalError(Throwable)}, keeping a given 5xx status (503 and the like). */
  Response serverError(Throwable exception, int status) {
    String correlationId = CorrelationId.currentOrGenerate();
    LOG.error(
        "Unhandled exception correlationId={} path={}",
        correlationId,
        path(),
        RedactedThrowable.of(exception));
    return ProblemResponses.of(
        Problem.of(status, "internal-error", "Internal error", INTERNAL_ERROR_DETAIL)
            .withInstance(path())
            .withCorrelationId(correlationId));
  }

  /** A malformed-JSON problem when the exception says so, otherwise a 500. */
  Response malformedJsonOrInternalError(Throwable exception) {
    return MalformedJson.problemFor(exception)
        .map(this::respond)
        .orElseGet(() -> internalError(exception));
  }

  /**
   * The raw path of the current request, context root included, or {@code null} outside one.
   *
   * @return the path, such as {@code /core/cards/7}
   */
  protected String path() {
    return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
  }
}
