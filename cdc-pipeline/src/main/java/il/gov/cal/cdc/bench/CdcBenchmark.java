package il.gov.cal.cdc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import il.gov.cal.cdc.change.CanonicalJson;
import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.engine.Pipeline;
import il.gov.cal.cdc.engine.SourceDatabase;
import il.gov.cal.cdc.search.SearchHttp;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;

/**
 * Measures the pipeline on the configured stack (the operational core must exist and hold at least
 * one card; rows are spread over its cards): (1) freshness, a steady rate of inserts for a while,
 * timed from commit to searchable; (2) catch-up, a backlog written while the pipeline is stopped,
 * then drained, compared with a raw bulk indexing of the same documents. Rows it writes use ids
 * from {@value #FIRST_ID} and are deleted (with their documents) at the end.
 *
 * <p>The freshness phase starts with {@value #WARM_UP_SECONDS} s at the same rate that are not
 * measured: the pipeline's initial snapshot and the JIT's first compilations would otherwise be
 * counted as lag of the first rows.
 *
 * <p>Arguments (all optional): {@code --rate 1000 --seconds 60 --backlog 1000000}.
 */
public final class CdcBenchmark {

  static final long FIRST_ID = 9_000_000_000L;
  private static final long WINDOW_MILLIS = 10_000;
  private static final int WARM_UP_SECONDS = 10;

  private final PipelineConfig config;
  private final int rate;
  private final int seconds;
  private final int backlog;
  private final List<long[]> cards = new ArrayList<>();

  public CdcBenchmark(PipelineConfig config, int rate, int seconds, int backlog) {
    this.config = config;
    this.rate = rate;
    this.seconds = seconds;
    this.backlog = backlog;
  }

  public static void main(String[] args) throws Exception {
    int rate = 1000;
    int seconds = 60;
    int backlog = 1_000_000;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--rate" -> rate = Integer.parseInt(args[i + 1]);
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--backlog" -> backlog = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    new CdcBenchmark(PipelineConfig.load(), rate, seconds, backlog).run();
    System.exit(0);
  }

  /** Runs both measurements and prints the table. */
  public void run() throws Exception {
    PipelineConfig bench =
        new PipelineConfig(
            config.sourceKind(),
            config.dbHost(),
            config.dbPort(),
            config.dbUser(),
            config.dbPassword(),
            config.serverId() + 7,
            config.databases(),
            config.tables(),
            false,
            config.searchUrl(),
            config.odsJdbcUrl(),
            config.odsUser(),
            config.odsPassword(),
            config.stateStore(),
            Files.createTempDirectory("cdc-bench-state"),
            0,
            config.name() + "-bench",
            config.debezium());
    pickCards();
    cleanUp();
    Histogram freshness;
    long[] indexed;
    CpuUse freshnessCpu = new CpuUse();
    try (Pipeline pipeline = new Pipeline(bench).start()) {
      awaitRunning(pipeline);
      freshness = freshness();
      indexed =
          new long[] {
            pipeline.metrics().lagPercentileMillis(0.5),
            pipeline.metrics().lagPercentileMillis(0.99)
          };
    }
    String freshnessCores = freshnessCpu.since();
    long first = FIRST_ID + (long) rate * (WARM_UP_SECONDS + seconds) + 1;
    long written = System.nanoTime();
    insert(first, backlog, 5_000);
    double backlogWriteSeconds = (System.nanoTime() - written) / 1e9;
    long started = System.nanoTime();
    double pipelineRate;
    Map<String, Double> stages;
    CpuUse catchUpCpu = new CpuUse();
    try (Pipeline pipeline = new Pipeline(bench).start()) {
      awaitWritten(pipeline, backlog);
      pipelineRate = backlog / ((System.nanoTime() - started) / 1e9);
      stages = pipeline.metrics().stageSeconds();
    }
    awaitCount(first, backlog);
    String catchUpCores = catchUpCpu.since();
    RawBulkBaseline raw;
    try (Connection ods =
        DriverManager.getConnection(config.odsJdbcUrl(), config.odsUser(), config.odsPassword())) {
      raw = new RawBulkBaseline(config.searchUrl()).prepare(ods, first);
    }
    List<RawBulkBaseline.Trial> trials = raw.trials();
    CpuUse rawCpu = new CpuUse();
    RawBulkBaseline.Trial best = raw.best(trials);
    String rawCores = rawCpu.since();
    double rawRate = best.docsPerSecond();
    System.out.println("raw bulk trials on a sample (the best pair is used for the whole set):");
    trials.forEach(t -> System.out.println("  " + t));
    System.out.println("raw bulk, whole set: " + best);
    System.out.println("processor use, freshness phase: " + freshnessCores);
    System.out.println("processor use, catch-up through the pipeline: " + catchUpCores);
    System.out.println("catch-up, engine thread seconds by stage: " + stages);
    System.out.println("processor use, raw bulk of the whole set: " + rawCores);
    System.out.println();
    System.out.println("| measurement                          | value        |");
    System.out.println("|--------------------------------------|--------------|");
    System.out.printf(
        "| freshness p50, commit to searchable  | %7d ms   |%n",
        freshness.getValueAtPercentile(50));
    System.out.printf(
        "| freshness p99, commit to searchable  | %7d ms   |%n",
        freshness.getValueAtPercentile(99));
    System.out.printf(
        "| pipeline's own lag p50/p99 (warm-up in) | %5d/%-5d ms |%n", indexed[0], indexed[1]);
    System.out.printf(
        "| freshness samples (%d/s for %d s)  | %9d    |%n",
        rate, seconds, freshness.getTotalCount());
    System.out.printf(
        "| backlog written (rows, %5.1f s)       | %9d    |%n", backlogWriteSeconds, backlog);
    System.out.printf("| catch-up through pipeline            | %7.0f /s   |%n", pipelineRate);
    System.out.printf("| raw bulk of the same documents       | %7.0f /s   |%n", rawRate);
    System.out.printf(
        "| ratio pipeline / raw                 | %9.2f    |%n", pipelineRate / rawRate);
    cleanUp();
  }

  private Histogram freshness() throws Exception {
    Map<Long, Long> committedAt = new ConcurrentHashMap<>();
    Histogram histogram = new Histogram(600_000, 3);
    Map<Long, Histogram> windows = new java.util.TreeMap<>();
    long started = System.currentTimeMillis();
    int total = rate * (WARM_UP_SECONDS + seconds);
    long measuredFrom = FIRST_ID + (long) rate * WARM_UP_SECONDS;
    Thread poller =
        new Thread(
            () -> poll(committedAt, histogram, windows, started, FIRST_ID, total), "bench-poller");
    poller.start();
    int perTick = Math.max(1, rate / 100);
    long tickNanos = 1_000_000_000L * perTick / rate;
    long next = System.nanoTime();
    try (Connection c = source()) {
      c.setAutoCommit(true);
      for (long id = FIRST_ID; id < FIRST_ID + total; id += perTick) {
        insertRows(c, id, perTick);
        long now = System.currentTimeMillis();
        for (long i = Math.max(id, measuredFrom); i < id + perTick; i++) {
          committedAt.put(i, now);
        }
        next += tickNanos;
        long sleep = next - System.nanoTime();
        if (sleep > 0) {
          Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        }
      }
    }
    poller.join(120_000);
    System.out.println("freshness by time of commit (p50/p99 ms):");
    windows.forEach(
        (window, h) ->
            System.out.printf(
                "  %3d-%3d s  %5d / %5d%n",
                window * WINDOW_MILLIS / 1000,
                (window + 1) * WINDOW_MILLIS / 1000,
                h.getValueAtPercentile(50),
                h.getValueAtPercentile(99)));
    return histogram;
  }

  private void poll(
      Map<Long, Long> committedAt,
      Histogram histogram,
      Map<Long, Histogram> windows,
      long started,
      long from,
      int total) {
    SearchHttp http = new SearchHttp(config.searchUrl());
    // Documents of one chunk go out in two bulk requests, so a higher id can become searchable
    // before a lower one: every id is ticked off on its own, and the search starts at the lowest
    // id not yet seen.
    BitSet seen = new BitSet(total);
    int next = 0;
    long deadline = System.currentTimeMillis() + (WARM_UP_SECONDS + seconds + 120) * 1000L;
    while (next < total && System.currentTimeMillis() < deadline) {
      try {
        String body =
            "{\"size\":10000,\"_source\":false,\"sort\":[{\"id\":\"asc\"}],"
                + "\"query\":{\"range\":{\"id\":{\"gte\":"
                + (from + next)
                + "}}}}";
        JsonNode hits =
            CanonicalJson.parse(http.json("POST", "/cal-transactions/_search", body).body())
                .path("hits")
                .path("hits");
        long now = System.currentTimeMillis();
        for (JsonNode hit : hits) {
          long id = hit.path("sort").get(0).asLong();
          int offset = (int) (id - from);
          if (offset < 0 || offset >= total || seen.get(offset)) {
            continue;
          }
          seen.set(offset);
          Long committed = committedAt.get(id);
          if (committed != null) {
            long lag = Math.max(0, Math.min(now - committed, 600_000));
            histogram.recordValue(lag);
            windows
                .computeIfAbsent((committed - started) / WINDOW_MILLIS, w -> new Histogram(3))
                .recordValue(lag);
          }
        }
        next = seen.nextClearBit(next);
        Thread.sleep(20);
      } catch (Exception e) {
        sleepQuietly(200);
      }
    }
  }

  /**
   * Waits until the pipeline has every change of the backlog acknowledged by OpenSearch. Its own
   * counter is read rather than the index, so the wait forces no refresh on the node it measures.
   */
  private static void awaitWritten(Pipeline pipeline, int count) throws InterruptedException {
    while (pipeline.metrics().events() < count) {
      Thread.sleep(50);
    }
  }

  /** Checks that every row of the backlog is searchable. */
  private void awaitCount(long first, int count) throws Exception {
    SearchHttp http = new SearchHttp(config.searchUrl());
    String body = "{\"query\":{\"range\":{\"id\":{\"gte\":" + first + "}}}}";
    while (true) {
      http.send("POST", "/cal-transactions/_refresh", null, null);
      long found =
          CanonicalJson.parse(http.json("POST", "/cal-transactions/_count", body).body())
              .path("count")
              .asLong();
      if (found >= count) {
        return;
      }
      Thread.sleep(200);
    }
  }

  private void insert(long first, int count, int perTransaction) throws SQLException {
    try (Connection c = source()) {
      c.setAutoCommit(false);
      for (long id = first; id < first + count; id += perTransaction) {
        insertRows(c, id, (int) Math.min(perTransaction, first + count - id));
        c.commit();
      }
    }
  }

  private void insertRows(Connection c, long from, int count) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO card_transaction (id, org_id, card_id, issuer_ref, kind, type_code,"
                + " transaction_date, posting_date, original_amount_minor, original_currency,"
                + " billing_amount_minor, billing_currency, merchant_name, mcc, status)"
                + " VALUES (?, ?, ?, ?, 'PURCHASE', '05', '2026-03-01', '2026-03-02', ?, 'ILS',"
                + " ?, 'ILS', 'Bench Merchant', '5411', 'POSTED')")) {
      for (long id = from; id < from + count; id++) {
        insert.setLong(1, id);
        long[] card = cards.get((int) (id % cards.size()));
        insert.setLong(2, card[1]);
        insert.setLong(3, card[0]);
        insert.setString(4, "BENCH-" + id);
        insert.setLong(5, id % 100_000);
        insert.setLong(6, id % 100_000);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The cards the rows are spread over, round robin: every card of the core, up to 10,000. */
  private void pickCards() throws SQLException {
    try (Connection c = source();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, org_id FROM card ORDER BY id LIMIT 10000")) {
      while (rs.next()) {
        cards.add(new long[] {rs.getLong(1), rs.getLong(2)});
      }
    }
    if (cards.isEmpty()) {
      throw new IllegalStateException("the benchmark needs at least one card in the core");
    }
  }

  private void cleanUp() throws SQLException {
    try (Connection c = source();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM card_transaction WHERE id >= " + FIRST_ID);
    }
  }

  private Connection source() throws SQLException {
    return DriverManager.getConnection(
        SourceDatabase.jdbcUrl(config, config.signalDatabase()) + "&rewriteBatchedStatements=true",
        config.dbUser(),
        config.dbPassword());
  }

  private static void awaitRunning(Pipeline pipeline) throws InterruptedException {
    while (!pipeline.isEngineRunning()) {
      Thread.sleep(100);
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
