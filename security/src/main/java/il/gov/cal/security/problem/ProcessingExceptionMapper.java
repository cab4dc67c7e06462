package il.gov.cal.security.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Maps a failure of request or response processing, which is how entity providers report a body
 * they could not read: malformed JSON becomes a 400, anything else a 500.
 */
@Provider
public class ProcessingExceptionMapper extends ProblemMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    return malformedJsonOrInternalError(exception);
  }
}
