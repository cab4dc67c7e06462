package il.gov.cal.security.redaction;

import java.util.Objects;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Wraps a {@code java.util.logging} formatter and redacts the whole text it produces, stack traces
 * included: the last line of defence for a handler the platform configures itself (a test's log
 * file, a console handler in a command-line tool).
 */
public final class RedactingFormatter extends Formatter {

  private final Formatter delegate;

  /**
   * A formatter that formats with {@code delegate} and then redacts.
   *
   * @param delegate the formatter that lays out each record
   */
  public RedactingFormatter(Formatter delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public String format(LogRecord record) {
    return Redactor.redact(delegate.format(record));
  }

  @Override
  public String getHead(Handler handler) {
    return Redactor.redact(delegate.getHead(handler));
  }

  @Override
  public String getTail(Handler handler) {
    return Redactor.redact(delegate.getTail(handler));
  }
}
