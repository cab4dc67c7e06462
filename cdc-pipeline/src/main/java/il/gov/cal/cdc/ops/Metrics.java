package il.gov.cal.cdc.ops;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The pipeline's counters and the commit-to-indexed lag histogram, rendered in the Prometheus text
 * format. Thread-safe; one instance per pipeline.
 */
public final class Metrics {

  private final AtomicLong events = new AtomicLong();
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong deadLetters = new AtomicLong();
  private final AtomicLong snapshotRows = new AtomicLong();
  private final AtomicLong engineRestarts = new AtomicLong();
  private final Map<String, AtomicLong> eventsByTable = new ConcurrentHashMap<>();
  private final Histogram lagMillis = new ConcurrentHistogram(3_600_000L, 3);
  private final long startedAt = System.nanoTime();
  private volatile boolean snapshotRunning;

  public void recordEvent(String table, boolean snapshot) {
    events.incrementAndGet();
    eventsByTable.computeIfAbsent(table, t -> new AtomicLong()).incrementAndGet();
    if (snapshot) {
      snapshotRows.incrementAndGet();
    }
    snapshotRunning = snapshot;
  }

  /** Records the time from the source commit to the document being written. */
  public void recordLag(long millis) {
    lagMillis.recordValue(Math.max(0, Math.min(millis, lagMillis.getHighestTrackableValue())));
  }

  public void recordBatch() {
    batches.incrementAndGet();
  }

  public void recordRetry() {
    retries.incrementAndGet();
  }

  public void recordDeadLetters(int count) {
    deadLetters.addAndGet(count);
  }

  public void recordEngineRestart() {
    engineRestarts.incrementAndGet();
  }

  public long events() {
    return events.get();
  }

  public long retries() {
    return retries.get();
  }

  public long deadLetters() {
    return deadLetters.get();
  }

  /** A copy of the lag histogram. */
  public Histogram lag() {
    return lagMillis.copy();
  }

  /** The Prometheus text exposition of every metric. */
  public String prometheus() {
    StringBuilder out = new StringBuilder();
    double seconds = Math.max((System.nanoTime() - startedAt) / 1e9, 1e-3);
    counter(out, "cal_cdc_events_total", "Row changes handled", events.get());
    eventsByTable.forEach(
        (table, count) ->
            out.append("cal_cdc_table_events_total{table=\"")
                .append(table)
                .append("\"} ")
                .append(count.get())
                .append('\n'));
    gauge(
        out, "cal_cdc_events_per_second", "Average row changes per second", events.get() / seconds);
    counter(out, "cal_cdc_batches_total", "Batches handled", batches.get());
    counter(out, "cal_cdc_retries_total", "Bulk retries after retriable failures", retries.get());
    counter(out, "cal_cdc_dead_letters_total", "Items sent to ods_dead_letter", deadLetters.get());
    counter(out, "cal_cdc_snapshot_rows_total", "Rows read by snapshots", snapshotRows.get());
    gauge(
        out,
        "cal_cdc_snapshot_running",
        "1 while the last batch was a snapshot",
        snapshotRunning ? 1 : 0);
    counter(
        out,
        "cal_cdc_engine_restarts_total",
        "Engine restarts after failures",
        engineRestarts.get());
    Histogram lag = lagMillis.copy();
    out.append("# HELP cal_cdc_lag_millis Source commit to indexed, milliseconds\n");
    out.append("# TYPE cal_cdc_lag_millis summary\n");
    for (double q : new double[] {0.5, 0.9, 0.99, 0.999}) {
      out.append("cal_cdc_lag_millis{quantile=\"")
          .append(q)
          .append("\"} ")
          .append(lag.getValueAtPercentile(q * 100))
          .append('\n');
    }
    out.append("cal_cdc_lag_millis_count ").append(lag.getTotalCount()).append('\n');
    return out.toString();
  }

  private static void counter(StringBuilder out, String name, String help, long value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" counter\n");
    out.append(name).append(' ').append(value).append('\n');
  }

  private static void gauge(StringBuilder out, String name, String help, double value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" gauge\n");
    out.append(name).append(' ').append(value).append('\n');
  }
}
