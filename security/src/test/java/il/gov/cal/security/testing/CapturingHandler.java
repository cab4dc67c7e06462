package il.gov.cal.security.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/** A JUL handler that keeps the records that pass its filter. */
public final class CapturingHandler extends Handler {

  public final List<LogRecord> records = new CopyOnWriteArrayList<>();

  @Override
  public void publish(LogRecord record) {
    if (isLoggable(record)) {
      records.add(record);
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
