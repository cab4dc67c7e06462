package il.gov.cal.security.redaction;

import java.util.Objects;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * A {@code java.util.logging} filter that redacts each record before any handler formats it: the
 * message (with its parameters substituted) and the messages of the attached exception chain.
 * Inside Open Liberty, SLF4J writes to {@code java.util.logging}, so this is where application log
 * lines are cleaned.
 *
 * <p>A record holding nothing sensitive is left untouched, so messages keyed to resource bundles
 * keep their keys. A record that is rewritten carries the formatted, redacted text and no
 * parameters. The filter never rejects a record on its own; it defers that to the filter it wraps.
 *
 * <p>JUL applies a logger's filter only to records logged on that very logger, not on its children,
 * so the filter is installed on handlers ({@link #installOn(Logger)}), which see every record that
 * reaches them.
 */
public final class RedactingLogFilter implements Filter {

  private static final SimpleFormatter MESSAGE_FORMAT = new SimpleFormatter();

  private final Filter next;

  /** A filter that redacts and lets every record through. */
  public RedactingLogFilter() {
    this(null);
  }

  /**
   * A filter that asks {@code next} first and redacts the records it lets through.
   *
   * @param next the filter that was in place before, or {@code null}
   */
  public RedactingLogFilter(Filter next) {
    this.next = next;
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    if (next != null && !next.isLoggable(record)) {
      return false;
    }
    redactInPlace(record);
    return true;
  }

  /**
   * Puts a redacting filter, in front of any existing one, on every handler of the logger; a
   * handler that already has one is left as it is, so repeated calls are harmless.
   *
   * @param logger the logger whose handlers should redact, usually the root logger {@code ""}
   * @return how many handlers gained a redacting filter
   */
  public static int installOn(Logger logger) {
    Objects.requireNonNull(logger, "logger");
    int installed = 0;
    for (Handler handler : logger.getHandlers()) {
      synchronized (handler) {
        Filter current = handler.getFilter();
        if (!(current instanceof RedactingLogFilter)) {
          handler.setFilter(new RedactingLogFilter(current));
          installed++;
        }
      }
    }
    return installed;
  }

  static void redactInPlace(LogRecord record) {
    String formatted = MESSAGE_FORMAT.formatMessage(record);
    String redacted = Redactor.redact(formatted);
    if (formatted != null && !formatted.equals(redacted)) {
      record.setMessage(redacted);
      record.setParameters(null);
      record.setResourceBundle(null);
      record.setResourceBundleName(null);
    }
    Throwable thrown = record.getThrown();
    if (thrown != null) {
      record.setThrown(RedactedThrowable.of(thrown));
    }
  }
}
