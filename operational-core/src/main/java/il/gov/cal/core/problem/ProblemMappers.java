package il.gov.cal.core.problem;

import jakarta.annotation.Priority;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: every throwable reaching JAX-RS is classified into
 * a {@link ProblemException} and written as {@code application/problem+json}. Unreadable JSON is a
 * 400 naming the line and column or the property; only a failure nobody anticipated is a 500,
 * logged once with its stack trace and answered without internals.
 */
// Chosen over the security library's catch-all mapper, found in the same archive, as long as the
// core still throws its own problem types: the two map Throwable, and the lower priority wins.
@Provider
@Priority(Priorities.USER - 1000)
public class ProblemMappers implements ExceptionMapper<Throwable> {

  private static final Logger log = LoggerFactory.getLogger(ProblemMappers.class);
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable failure) {
    ProblemException problem = classify(failure);
    if (problem.status() >= 500) {
      log.error("unexpected failure path={}", path(), failure);
    }
    return response(problem, path());
  }

  /** Writes a problem response; also used by request filters that answer before a resource. */
  public static Response response(ProblemException problem, String instance) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(JSON.toJson(Problem.of(problem, instance)))
        .build();
  }

  static ProblemException classify(Throwable failure) {
    if (failure instanceof ProblemException known) {
      return known;
    }
    JsonParsingException parsing = find(failure, JsonParsingException.class);
    if (parsing != null) {
      String where =
          parsing.getLocation() == null
              ? "body"
              : "body (line "
                  + parsing.getLocation().getLineNumber()
                  + ", column "
                  + parsing.getLocation().getColumnNumber()
                  + ")";
      return new BadRequest("request.malformed-json", where, "is not valid JSON");
    }
    JsonbException binding = find(failure, JsonbException.class);
    if (binding != null) {
      return new BadRequest(
          "request.unreadable-body", propertyNamedIn(failure), "has the wrong type");
    }
    if (find(failure, OptimisticLockException.class) != null) {
      return new DomainRuleViolation(
          "request.concurrent-update", "Changed by another request meanwhile; reload and retry");
    }
    if (find(failure, SQLIntegrityConstraintViolationException.class) != null) {
      return new DomainRuleViolation(
          "request.conflicting-data", "Conflicts with existing data (a duplicate or a reference)");
    }
    if (failure instanceof WebApplicationException web) {
      return fromStatus(web.getResponse().getStatus());
    }
    return new Unexpected();
  }

  private static ProblemException fromStatus(int status) {
    return switch (status) {
      case 404 -> new HttpProblem(404, "resource.not-found", "No such resource");
      case 405 -> new HttpProblem(405, "request.method-not-allowed", "Method not allowed here");
      case 406 -> new HttpProblem(406, "request.not-acceptable", "Cannot produce that media type");
      case 415 -> new HttpProblem(415, "request.unsupported-media-type", "Send application/json");
      default ->
          status >= 500
              ? new Unexpected()
              : new HttpProblem(status, "request.invalid", "The request was refused");
    };
  }

  private static String propertyNamedIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        Matcher m = PROPERTY.matcher(t.getMessage());
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return "body";
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private String path() {
    return uriInfo == null ? null : instance(uriInfo);
  }

  /** The request path as a problem's {@code instance}: relative to the application, from '/'. */
  public static String instance(UriInfo uri) {
    String path = uri.getPath();
    return path.startsWith("/") ? path : "/" + path;
  }

  /** A plain HTTP-level refusal (unknown path, wrong method or media type). */
  private static final class HttpProblem extends ProblemException {
    HttpProblem(int status, String code, String detail) {
      super(status, code, detail, List.of());
    }

    @Override
    public String title() {
      return "Request refused";
    }
  }

  /** Anything unanticipated: the response says nothing about internals. */
  private static final class Unexpected extends ProblemException {
    Unexpected() {
      super(500, "internal.error", "The server failed to handle the request", List.of());
    }

    @Override
    public String title() {
      return "Internal error";
    }
  }
}
