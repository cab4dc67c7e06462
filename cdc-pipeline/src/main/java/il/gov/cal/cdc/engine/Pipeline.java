package il.gov.cal.cdc.engine;

import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.config.StateStore;
import il.gov.cal.cdc.ods.OdsSchema;
import il.gov.cal.cdc.ods.OdsStatusStore;
import il.gov.cal.cdc.ops.Metrics;
import il.gov.cal.cdc.projection.Projection;
import il.gov.cal.cdc.projection.Router;
import il.gov.cal.cdc.search.SearchHttp;
import il.gov.cal.cdc.search.SearchIndices;
import il.gov.cal.cdc.search.SearchWriter;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The engine's lifecycle: prepares the stores (ODS tables, indices and aliases, the signal table,
 * the state directory), checks the source, then runs the Debezium engine with the {@link
 * BatchHandler} and keeps it running: when the engine stops on an error (source restarted, network
 * lost) it is started again after a backoff and resumes from the last committed offset.
 */
public final class Pipeline implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final PipelineConfig config;
  private final Metrics metrics = new Metrics();
  private final Router router;
  private final SearchHttp http;
  private final OdsConnections ods;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean engineUp = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "cdc-supervisor"));
  private volatile DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;

  public Pipeline(PipelineConfig config) {
    this.config = config;
    this.router = new Router(config.passThrough());
    this.http = new SearchHttp(config.searchUrl());
    this.ods = new OdsConnections(config);
  }

  /** Prepares the stores and starts the engine in the background. */
  public Pipeline start() throws IOException, SQLException {
    MDC.put("pipeline", config.name());
    prepare();
    running.set(true);
    executor.submit(this::supervise);
    LOG.info("Pipeline started name={} config={}", config.name(), config);
    return this;
  }

  /** Creates what the pipeline owns and checks the source; idempotent. */
  public void prepare() throws IOException, SQLException {
    if (config.stateStore() == StateStore.FILE) {
      Files.createDirectories(config.stateDir());
    }
    SourceDatabase.check(config);
    new SignalTable(config).ensure();
    try (Connection connection = ods.open()) {
      OdsSchema.create(connection, router.projections());
    }
    SearchIndices indices = new SearchIndices(http);
    for (Projection projection : router.projections()) {
      indices.ensure(projection.index());
    }
  }

  private void supervise() {
    MDC.put("pipeline", config.name());
    try {
      superviseUntilClosed();
    } finally {
      stopped.countDown();
    }
  }

  private void superviseUntilClosed() {
    long backoff = 1_000;
    while (running.get()) {
      CountDownLatch done = new CountDownLatch(1);
      AtomicBoolean failed = new AtomicBoolean();
      SearchWriter writer = new SearchWriter(http, metrics, letters -> recordDeadLetters(letters));
      BatchHandler handler = new BatchHandler(config.name(), router, ods, writer, metrics);
      engine =
          DebeziumEngine.create(ChangeEventFormat.of(io.debezium.embedded.Connect.class))
              .using(DebeziumProperties.of(config))
              .notifying(handler)
              .using(
                  new DebeziumEngine.ConnectorCallback() {
                    @Override
                    public void taskStarted() {
                      engineUp.set(true);
                      LOG.debug("Engine task started name={}", config.name());
                    }

                    @Override
                    public void taskStopped() {
                      engineUp.set(false);
                    }
                  })
              .using(
                  (success, message, error) -> {
                    engineUp.set(false);
                    failed.set(!success);
                    if (!success && running.get()) {
                      LOG.warn("Engine stopped name={} reason={}", config.name(), message);
                    }
                    done.countDown();
                  })
              .build();
      try {
        engine.run();
        done.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException e) {
        LOG.warn("Engine failed name={} cause={}", config.name(), e.toString());
        failed.set(true);
      } finally {
        closeEngine();
        handler.close();
      }
      if (!running.get()) {
        break;
      }
      metrics.recordEngineRestart();
      try {
        Thread.sleep(backoff);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      backoff = failed.get() ? Math.min(backoff * 2, 30_000) : 1_000;
    }
  }

  private void recordDeadLetters(java.util.List<il.gov.cal.cdc.search.DeadLetter> letters) {
    while (true) {
      try (Connection connection = ods.open()) {
        OdsStatusStore.deadLetters(connection, letters);
        return;
      } catch (SQLException e) {
        LOG.warn("Dead letters not yet stored count={} cause={}", letters.size(), e.getMessage());
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void closeEngine() {
    DebeziumEngine<?> current = engine;
    if (current != null) {
      try {
        current.close();
      } catch (IOException | RuntimeException e) {
        LOG.debug("Engine close failed cause={}", e.toString());
      }
    }
  }

  /** Whether the engine is streaming (or snapshotting) now. */
  public boolean isEngineRunning() {
    return engineUp.get();
  }

  /** Whether the engine runs and both stores answer. */
  public boolean isReady() {
    if (!engineUp.get() || !http.reachable()) {
      return false;
    }
    try (Connection connection = ods.open()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  /** Asks for an incremental snapshot of a captured table. */
  public String requestIncrementalSnapshot(String table) throws SQLException {
    return new SignalTable(config).requestIncrementalSnapshot(table);
  }

  public Metrics metrics() {
    return metrics;
  }

  public PipelineConfig config() {
    return config;
  }

  /** Stops the engine (offsets of written batches are committed on the way out). */
  @Override
  public void close() {
    if (!running.getAndSet(false)) {
      return;
    }
    closeEngine();
    try {
      stopped.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    executor.shutdownNow();
    LOG.info("Pipeline stopped name={}", config.name());
  }
}
