package il.gov.cal.odsaccess.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns the container's own refusals (unknown path, wrong method, unparsable parameter) into
 * problem documents, so every error of the service has the same shape.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "Request failed" : type.getReasonPhrase();
    String code = status == 404 ? "not-found" : "http-" + status;
    String detail = status == 404 ? "No resource at this path." : null;
    return ProblemResponses.of(status, code, title, detail);
  }
}
