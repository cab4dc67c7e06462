package il.gov.cal.security.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Maps a JSON-B failure: a request body that could not be read becomes a 400 naming where it went
 * wrong; a failure to write a response is the server's and becomes a 500.
 */
@Provider
public class JsonbExceptionMapper extends ProblemMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException exception) {
    return malformedJsonOrInternalError(exception);
  }
}
