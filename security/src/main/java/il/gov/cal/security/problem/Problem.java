package il.gov.cal.security.problem;

import il.gov.cal.security.redaction.Redactor;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An RFC 9457 problem details document: {@code type}, {@code title}, {@code status}, {@code
 * detail}, {@code instance}, and the platform's extension members {@code code} (stable, for clients
 * to branch on), {@code correlationId} and {@code errors} (a list of field and reason).
 *
 * <p>The type is {@code urn:cal:problem:<code>}. The detail, instance and errors are redacted on
 * construction, so no sensitive value reaches a response through a problem.
 *
 * @param type the problem type URI
 * @param title a short, fixed summary of the type
 * @param status the HTTP status
 * @param detail an explanation of this occurrence, or {@code null}
 * @param instance the request path, or {@code null}
 * @param code the stable code
 * @param correlationId the request's correlation id, or {@code null}
 * @param errors field-level reasons, possibly empty
 */
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    String correlationId,
    List<FieldError> errors) {

  /** The media type of a problem response. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The prefix of every problem type URI. */
  public static final String TYPE_PREFIX = "urn:cal:problem:";

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*+(?:[.-][a-z0-9]++)*+");
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  /** Validates and redacts. */
  public Problem {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem has a 4xx or 5xx status");
    }
    requireCode(code);
    title = Redactor.redact(title);
    detail = Redactor.redact(detail);
    instance = Redactor.redact(instance);
    errors = List.copyOf(errors);
  }

  /**
   * A problem with no instance, correlation id or field errors yet.
   *
   * @param status the HTTP status
   * @param code the stable code
   * @param title a short summary
   * @param detail an explanation, or {@code null}
   * @return the problem
   */
  public static Problem of(int status, String code, String title, String detail) {
    return new Problem(typeOf(code), title, status, detail, null, code, null, List.of());
  }

  /**
   * The type URI of a code.
   *
   * @param code a stable code
   * @return {@code urn:cal:problem:<code>}
   */
  public static URI typeOf(String code) {
    return URI.create(TYPE_PREFIX + requireCode(code));
  }

  /**
   * Whether a text is a valid stable code: lowercase words of letters and digits joined by dots or
   * hyphens, such as {@code budget.exceeded}.
   *
   * @param code the candidate
   * @return {@code true} when valid
   */
  public static boolean isValidCode(String code) {
    return code != null && code.length() <= 100 && CODE.matcher(code).matches();
  }

  /**
   * This problem at a request path.
   *
   * @param path the request path
   * @return a new problem
   */
  public Problem withInstance(String path) {
    return new Problem(type, title, status, detail, path, code, correlationId, errors);
  }

  /**
   * This problem with a correlation id.
   *
   * @param id the correlation id
   * @return a new problem
   */
  public Problem withCorrelationId(String id) {
    return new Problem(type, title, status, detail, instance, code, id, errors);
  }

  /**
   * This problem with field errors.
   *
   * @param fieldErrors the field errors
   * @return a new problem
   */
  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, instance, code, correlationId, fieldErrors);
  }

  /**
   * The problem as JSON; absent optional members are left out.
   *
   * @return the JSON document
   */
  public String toJson() {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("type", type.toString())
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      json.add("detail", detail);
    }
    if (instance != null) {
      json.add("instance", instance);
    }
    json.add("code", code);
    if (correlationId != null) {
      json.add("correlationId", correlationId);
    }
    if (!errors.isEmpty()) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      for (FieldError error : errors) {
        array.add(
            JSON.createObjectBuilder().add("field", error.field()).add("reason", error.reason()));
      }
      json.add("errors", array);
    }
    return json.build().toString();
  }

  private static String requireCode(String code) {
    if (!isValidCode(code)) {
      throw new IllegalArgumentException("code must be lowercase words joined by '.' or '-'");
    }
    return code;
  }
}
