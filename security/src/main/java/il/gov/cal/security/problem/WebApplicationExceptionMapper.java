package il.gov.cal.security.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the exceptions of Jakarta REST itself ({@code NotFoundException}, {@code
 * NotAllowedException}, {@code NotAuthorizedException}...) to problems with their own status,
 * keeping the headers they carry ({@code WWW-Authenticate}, {@code Allow}, {@code Retry-After}). A
 * 400 caused by an unreadable body is reported as malformed JSON; a 5xx is logged and answered with
 * the generic detail.
 */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {

  private static final Set<String> BODY_HEADERS =
      Set.of(
          HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
          HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT));

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original == null ? 500 : original.getStatus();
    if (status < 400 || status > 599) {
      return internalError(exception);
    }
    if (status >= 500) {
      return withHeaders(serverError(exception, status), original);
    }
    Problem problem =
        status == 400
            ? MalformedJson.problemFor(exception).orElseGet(() -> plain(status, exception))
            : plain(status, exception);
    return withHeaders(respond(problem), original);
  }

  /** The problem response with the headers of the original response, except the body's. */
  private static Response withHeaders(Response problem, Response original) {
    Response.ResponseBuilder response = Response.fromResponse(problem);
    for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
      if (!BODY_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        for (Object value : header.getValue()) {
          response.header(header.getKey(), value);
        }
      }
    }
    return response.build();
  }

  /**
   * The problem of a status, with a detail of its own: the exception's message is the framework's
   * (e.g. "RESTEASY003650: No resource method found for GET, return 405 with Allow header"), which
   * names server internals and tells a client nothing it can act on.
   */
  private static Problem plain(int status, WebApplicationException exception) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
    return Problem.of(status, code(status), title, detail(status));
  }

  private static String detail(int status) {
    return switch (status) {
      case 401 -> "A valid bearer token is required.";
      case 403 -> "The caller's role does not allow this request.";
      case 404 -> "There is no such resource: check the path and its identifiers.";
      case 405 ->
          "This resource does not answer that method; the Allow header lists those it does.";
      case 406 -> "The resource cannot answer in the media type asked for.";
      case 413 -> "The request body is too large.";
      case 415 -> "The request body's media type is not accepted here.";
      default -> "The request was refused.";
    };
  }

  private static String code(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 409 -> "conflict";
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 429 -> "too-many-requests";
      default -> "http-" + status;
    };
  }
}
