package il.gov.cal.security.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a request body that is not JSON, or not JSON of the expected shape, in an exception
 * chain, and describes where without quoting the body.
 */
final class MalformedJson {

  static final String CODE = "malformed-json";
  static final String TITLE = "Malformed JSON";

  private static final int MAX_DEPTH = 16;
  private static final Pattern PROPERTY =
      Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]{0,63})");

  private MalformedJson() {}

  /** The 400 problem for a malformed body, or empty when the chain shows no JSON read failure. */
  static Optional<Problem> problemFor(Throwable exception) {
    boolean bindingFailure = false;
    boolean deserialising = false;
    String property = null;
    Throwable t = exception;
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
      if (t instanceof JsonParsingException parsing) {
        return Optional.of(syntaxError(parsing.getLocation()));
      }
      bindingFailure |= t instanceof JsonbException || t instanceof ProcessingException;
      String message = t.getMessage() == null ? "" : t.getMessage();
      if (message.toLowerCase(Locale.ROOT).contains("deserializ")) {
        deserialising = true;
        Matcher m = PROPERTY.matcher(message);
        if (property == null && m.find()) {
          property = m.group(1);
        }
      }
    }
    if (!(bindingFailure && deserialising)) {
      return Optional.empty();
    }
    Problem problem =
        Problem.of(
            400, CODE, TITLE, "The request body does not match the expected JSON structure.");
    return Optional.of(
        property == null
            ? problem
            : problem.withErrors(
                List.of(new FieldError(property, "cannot be read as the expected type"))));
  }

  private static Problem syntaxError(JsonLocation location) {
    Problem problem = Problem.of(400, CODE, TITLE, "The request body is not valid JSON.");
    if (location == null || location.getLineNumber() < 0) {
      return problem;
    }
    String where = "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    return problem.withErrors(List.of(new FieldError(where, "unexpected input")));
  }
}
