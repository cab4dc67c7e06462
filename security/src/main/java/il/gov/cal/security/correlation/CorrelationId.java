package il.gov.cal.security.correlation;

import il.gov.cal.security.redaction.Redactor;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Correlation ids: what a valid one looks like, how a new one is made, and where the current one is
 * kept.
 *
 * <p>A valid id is 8 to 64 characters of {@code [A-Za-z0-9-]} that the {@link Redactor} leaves
 * unchanged, so that a caller cannot smuggle a card number or national id into every log line
 * through the header.
 */
public final class CorrelationId {

  /** The HTTP header that carries the id, in requests and responses. */
  public static final String HEADER = "X-Correlation-Id";

  /** The MDC key under which the current id is kept. */
  public static final String MDC_KEY = "correlationId";

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9-]{8,64}");

  private CorrelationId() {}

  /**
   * Whether a caller-supplied id may be used as is.
   *
   * @param candidate the header value, or {@code null}
   * @return {@code true} when it has the required form and holds nothing sensitive
   */
  public static boolean isValid(String candidate) {
    return candidate != null && FORMAT.matcher(candidate).matches() && Redactor.isClean(candidate);
  }

  /**
   * A new random id.
   *
   * @return a UUID in its usual textual form
   */
  public static String generate() {
    while (true) {
      String id = UUID.randomUUID().toString();
      // A random UUID is practically never mistaken for a sensitive value; this makes it certain.
      if (Redactor.isClean(id)) {
        return id;
      }
    }
  }

  /**
   * The candidate when valid, otherwise a new id.
   *
   * @param candidate the header value, or {@code null}
   * @return an id to use
   */
  public static String acceptOrGenerate(String candidate) {
    return isValid(candidate) ? candidate : generate();
  }

  /**
   * The id of the request being served on this thread.
   *
   * @return the id, or {@code null} outside a request
   */
  public static String current() {
    return MDC.get(MDC_KEY);
  }

  /**
   * The current id, or a new one when there is none.
   *
   * @return an id
   */
  public static String currentOrGenerate() {
    String current = current();
    return current != null ? current : generate();
  }

  /**
   * Makes an id current on this thread.
   *
   * @param id a valid id
   */
  public static void bind(String id) {
    MDC.put(MDC_KEY, id);
  }

  /** Clears the current id from this thread. */
  public static void unbind() {
    MDC.remove(MDC_KEY);
  }
}
