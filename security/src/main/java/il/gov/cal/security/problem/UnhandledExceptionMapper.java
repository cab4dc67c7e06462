package il.gov.cal.security.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The last resort: any exception no other mapper claims becomes a 500 with a generic detail and the
 * correlation id, and is logged, redacted, with that id. A JSON read failure wrapped in an
 * unexpected exception type is still recognised and answered with a 400.
 */
@Provider
public class UnhandledExceptionMapper extends ProblemMapper<Throwable> {

  @Override
  public Response toResponse(Throwable exception) {
    return malformedJsonOrInternalError(exception);
  }
}
