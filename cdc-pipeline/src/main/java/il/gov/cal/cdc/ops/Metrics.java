package il.gov.cal.cdc.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pipeline's meters, kept in a Micrometer Prometheus registry and scraped from {@code
 * /metrics}. One instance per pipeline; thread-safe.
 *
 * <p>{@code cal_cdc_lag_seconds} is a histogram (buckets from 50 ms to 5 min, plus p50/p99 over the
 * last five minutes) of the time from the source's stamp of a streamed change, Debezium's {@code
 * source.ts_ms}, to the moment OpenSearch acknowledged the last bulk request of the change's batch
 * (acknowledged, not yet searchable: the indices refresh every 500 ms). It is an upper bound of
 * commit-to-acknowledged. The MariaDB connector takes the stamp from the binlog event header, which
 * holds whole seconds and the time the changing statement began; so each value is up to one second
 * high, plus however long the transaction ran after that statement, and no Debezium option gives
 * more (transaction metadata events carry the same header times, heartbeats the connector's own
 * clock). The MySQL connector with GTIDs takes the commit time of the transaction's GTID event
 * instead ({@code original_commit_timestamp}, microseconds), which is exact to the millisecond.
 * Snapshot reads are not counted. {@code cal_cdc_batch_stage_seconds{stage}} says where a batch's
 * time goes: {@code ods} (ODS rows written and documents built), {@code index_wait} (waiting for
 * bulk requests still in flight) and {@code freshness}.
 */
public final class Metrics {

  private static final Duration[] LAG_BUCKETS = {
    Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
    Duration.ofMillis(500), Duration.ofMillis(750), Duration.ofSeconds(1),
    Duration.ofMillis(1500), Duration.ofSeconds(2), Duration.ofSeconds(5),
    Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
    Duration.ofMinutes(5)
  };

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, Counter> eventsByTable = new ConcurrentHashMap<>();
  private final AtomicLong events = new AtomicLong();
  private final RecentRate rate = new RecentRate();
  private final Counter batches;
  private final Counter retries;
  private final Counter deadLetters;
  private final Counter snapshotRows;
  private final Counter engineRestarts;
  private final Timer lag;
  private final DistributionSummary batchSize;
  private final Map<String, Timer> stages = new ConcurrentHashMap<>();
  private volatile boolean snapshotRunning;

  public Metrics() {
    batches = Counter.builder("cal.cdc.batches").description("Batches handled").register(registry);
    retries =
        Counter.builder("cal.cdc.retries")
            .description("Writes retried after retriable failures (bulk and ODS)")
            .register(registry);
    deadLetters =
        Counter.builder("cal.cdc.dead.letters")
            .description("Items sent to ods_dead_letter")
            .register(registry);
    snapshotRows =
        Counter.builder("cal.cdc.snapshot.rows")
            .description("Rows read by snapshots")
            .register(registry);
    engineRestarts =
        Counter.builder("cal.cdc.engine.restarts")
            .description("Engine restarts after failures")
            .register(registry);
    Gauge.builder("cal.cdc.snapshot.running", () -> snapshotRunning ? 1 : 0)
        .description("1 while the last batch was a snapshot")
        .register(registry);
    Gauge.builder("cal.cdc.events.per.second", rate::perSecond)
        .description("Row changes handled per second, over the last ten seconds")
        .register(registry);
    lag =
        Timer.builder("cal.cdc.lag")
            .description(
                "Binlog stamp of a change (MariaDB: whole seconds, statement start) to its batch"
                    + " acknowledged by OpenSearch; an upper bound of commit to acknowledged")
            .serviceLevelObjectives(LAG_BUCKETS)
            .publishPercentiles(0.5, 0.99)
            .distributionStatisticExpiry(Duration.ofMinutes(5))
            .distributionStatisticBufferLength(5)
            .register(registry);
    batchSize =
        DistributionSummary.builder("cal.cdc.batch.size")
            .description("Row changes per batch")
            .register(registry);
  }

  public void recordEvent(String table, boolean snapshot) {
    events.incrementAndGet();
    rate.add(1);
    eventsByTable
        .computeIfAbsent(
            table,
            t ->
                Counter.builder("cal.cdc.events")
                    .description("Row changes handled")
                    .tag("table", t)
                    .register(registry))
        .increment();
    if (snapshot) {
      snapshotRows.increment();
    }
    snapshotRunning = snapshot;
  }

  /** Records the time from the source commit to the document being written. */
  public void recordLag(long millis) {
    lag.record(Math.max(0, millis), TimeUnit.MILLISECONDS);
  }

  /** Records one handled batch and the number of row changes in it. */
  public void recordBatch(int changes) {
    batches.increment();
    batchSize.record(changes);
  }

  /** Records the time a batch spent in one stage ({@code ods}, {@code index_wait}, ...). */
  public void recordStage(String stage, long nanos) {
    stages
        .computeIfAbsent(
            stage,
            s ->
                Timer.builder("cal.cdc.batch.stage")
                    .description("Time a batch spends in each stage")
                    .tag("stage", s)
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  public void recordRetry() {
    retries.increment();
  }

  public void recordDeadLetters(int count) {
    deadLetters.increment(count);
  }

  public void recordEngineRestart() {
    engineRestarts.increment();
  }

  public long events() {
    return events.get();
  }

  public long retries() {
    return (long) retries.count();
  }

  public long deadLetters() {
    return (long) deadLetters.count();
  }

  /** The lag's percentile in milliseconds over the last minutes (0.5, 0.99), or -1. */
  public long lagPercentileMillis(double percentile) {
    for (ValueAtPercentile value : lag.takeSnapshot().percentileValues()) {
      if (value.percentile() == percentile) {
        return Math.round(value.value(TimeUnit.MILLISECONDS));
      }
    }
    return -1;
  }

  /** Total seconds spent in each stage so far. */
  public Map<String, Double> stageSeconds() {
    Map<String, Double> seconds = new java.util.TreeMap<>();
    stages.forEach((stage, timer) -> seconds.put(stage, timer.totalTime(TimeUnit.SECONDS)));
    return seconds;
  }

  /** The Prometheus text exposition of every meter. */
  public String prometheus() {
    return registry.scrape();
  }

  /** Events per second over the last ten seconds, this one included, from per-second slots. */
  private static final class RecentRate {
    private static final int WINDOW = 10;
    private final long[] counts = new long[WINDOW + 2];
    private final long[] seconds = new long[WINDOW + 2];

    synchronized void add(long n) {
      long now = System.currentTimeMillis() / 1000;
      int slot = (int) (now % counts.length);
      if (seconds[slot] != now) {
        seconds[slot] = now;
        counts[slot] = 0;
      }
      counts[slot] += n;
    }

    synchronized double perSecond() {
      long now = System.currentTimeMillis() / 1000;
      long total = 0;
      for (int i = 0; i < counts.length; i++) {
        if (seconds[i] <= now && seconds[i] > now - WINDOW) {
          total += counts[i];
        }
      }
      return total / (double) WINDOW;
    }
  }
}
