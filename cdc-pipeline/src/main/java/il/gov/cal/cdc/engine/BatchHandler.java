package il.gov.cal.cdc.engine;

import il.gov.cal.cdc.change.ChangeReader;
import il.gov.cal.cdc.change.RowChange;
import il.gov.cal.cdc.ods.DependentRows;
import il.gov.cal.cdc.ods.OdsChange;
import il.gov.cal.cdc.ods.OdsReferences;
import il.gov.cal.cdc.ods.OdsStatusStore;
import il.gov.cal.cdc.ods.OdsWriter;
import il.gov.cal.cdc.ods.ReferenceCache;
import il.gov.cal.cdc.ops.Metrics;
import il.gov.cal.cdc.projection.Projection;
import il.gov.cal.cdc.projection.References;
import il.gov.cal.cdc.projection.Router;
import il.gov.cal.cdc.search.DeadLetter;
import il.gov.cal.cdc.search.SearchAction;
import il.gov.cal.cdc.search.SearchWriter;
import io.debezium.engine.DebeziumEngine;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Handles one batch of change records, in order: read, route, write the ODS rows, build and write
 * the documents (plus the documents that denormalise a changed row), record freshness, and only
 * then mark the records processed so the engine may commit their offsets. A failure to reach the
 * ODS or OpenSearch is retried here with backoff; the batch never completes half-written.
 *
 * <p>A large batch is cut into chunks that flow through two stages: while one chunk's documents are
 * being indexed, the next chunk's ODS rows are written and its documents built. A chunk is a
 * quarter of the batch, at least {@value #MIN_CHUNK} and at most {@value #MAX_CHUNK} changes: the
 * small batches of a steady stream stay one chunk, and the large batches of a catch-up send bulk
 * requests of thousands of documents, which cost the search node less per document than requests of
 * a few hundred. A chunk's documents are indexed by {@value #SEARCH_LANES} lanes, each a bulk
 * request of its own on a thread of its own, and a document always goes to the same lane, so the
 * single shard's two write threads both work while the writes of any one document still arrive in
 * source order. Chunks reach both stores in source order, each chunk's bulk requests start only
 * after the previous chunk's ended, and the batch is marked processed only when every chunk is in
 * both stores, so the guarantees are those of a sequential batch.
 */
public final class BatchHandler
    implements DebeziumEngine.ChangeConsumer<io.debezium.engine.RecordChangeEvent<SourceRecord>>,
        AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BatchHandler.class);
  private static final long MAX_BACKOFF_MILLIS = 30_000;
  static final int MIN_CHUNK = 1024;
  static final int MAX_CHUNK = 8192;
  private static final int CHUNKS_PER_BATCH = 4;
  static final int SEARCH_LANES = 2;
  private static final int REFERENCE_CACHE_ROWS = 50_000;
  private static final java.util.Set<String> REFERENCED_TABLES =
      java.util.Set.of("unit", "cardholder", "card");

  private final String pipelineName;
  private final Router router;
  private final OdsConnections ods;
  private final SearchWriter search;
  private final Metrics metrics;
  private final OdsWriter odsWriter = new OdsWriter();
  private final DependentRows dependents = new DependentRows();
  private final ReferenceCache references = new ReferenceCache(REFERENCE_CACHE_ROWS);
  private final List<ExecutorService> searchLanes = new ArrayList<>();

  public BatchHandler(
      String pipelineName,
      Router router,
      OdsConnections ods,
      SearchWriter search,
      Metrics metrics) {
    this.pipelineName = pipelineName;
    this.router = router;
    this.ods = ods;
    this.search = search;
    this.metrics = metrics;
    for (int lane = 0; lane < SEARCH_LANES; lane++) {
      String name = "cdc-search-lane-" + lane;
      searchLanes.add(
          Executors.newSingleThreadExecutor(
              task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                return thread;
              }));
    }
  }

  @Override
  public void handleBatch(
      List<io.debezium.engine.RecordChangeEvent<SourceRecord>> records,
      DebeziumEngine.RecordCommitter<io.debezium.engine.RecordChangeEvent<SourceRecord>> committer)
      throws InterruptedException {
    MDC.put("pipeline", pipelineName);
    List<Routed> batch = new ArrayList<>();
    for (io.debezium.engine.RecordChangeEvent<SourceRecord> event : records) {
      SourceRecord record = event.record();
      Optional<RowChange> change =
          ChangeReader.read((Struct) record.key(), (Struct) record.value());
      if (change.isEmpty()) {
        continue;
      }
      RowChange row = change.get();
      router.route(row.table()).ifPresent(p -> batch.add(new Routed(row, p)));
      LOG.trace(
          "Change table={} op={} key={} position={}",
          row.qualifiedTable(),
          row.operation(),
          row.documentId(),
          row.position());
    }
    if (!batch.isEmpty()) {
      write(batch);
    }
    for (io.debezium.engine.RecordChangeEvent<SourceRecord> event : records) {
      committer.markProcessed(event);
    }
    committer.markBatchFinished();
  }

  private void write(List<Routed> batch) throws InterruptedException {
    List<Future<?>> indexing = List.of();
    long odsNanos = 0;
    long waitNanos = 0;
    try {
      int chunkSize = chunkSize(batch.size());
      for (int from = 0; from < batch.size(); from += chunkSize) {
        List<Routed> chunk = batch.subList(from, Math.min(batch.size(), from + chunkSize));
        long started = System.nanoTime();
        List<SearchAction> actions = retrying("ODS", () -> writeOds(chunk));
        long written = System.nanoTime();
        awaitIndexed(indexing);
        odsNanos += written - started;
        waitNanos += System.nanoTime() - written;
        indexing = index(actions);
      }
      long last = System.nanoTime();
      awaitIndexed(indexing);
      waitNanos += System.nanoTime() - last;
    } catch (InterruptedException e) {
      indexing.forEach(f -> f.cancel(true));
      throw e;
    }
    Instant indexedAt = Instant.now();
    Map<String, RowChange> newestByIndex = new HashMap<>();
    for (Routed routed : batch) {
      RowChange change = routed.change();
      metrics.recordEvent(change.table(), change.snapshot());
      if (!change.snapshot()) {
        metrics.recordLag(indexedAt.toEpochMilli() - change.committedAt().toEpochMilli());
      }
      newestByIndex.merge(
          routed.projection().index(), change, (a, b) -> a.position() >= b.position() ? a : b);
    }
    metrics.recordBatch(batch.size());
    metrics.recordStage("ods", odsNanos);
    metrics.recordStage("index_wait", waitNanos);
    long freshnessStarted = System.nanoTime();
    retrying(
        "freshness",
        () -> {
          Connection connection = ods.shared();
          for (Map.Entry<String, RowChange> entry : newestByIndex.entrySet()) {
            OdsStatusStore.freshness(
                connection,
                entry.getKey(),
                entry.getValue().committedAt(),
                entry.getValue().position(),
                indexedAt);
          }
          return null;
        });
    metrics.recordStage("freshness", System.nanoTime() - freshnessStarted);
  }

  /**
   * The chunk size of a batch: a quarter of it, within {@value #MIN_CHUNK}..{@value #MAX_CHUNK}.
   */
  static int chunkSize(int batchSize) {
    int quarter = (batchSize + CHUNKS_PER_BATCH - 1) / CHUNKS_PER_BATCH;
    return Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, quarter));
  }

  /**
   * Sends a chunk's actions to the search lanes: every action of one document goes to the same
   * lane, and each lane sends its requests one after the other, so the writes of one document reach
   * OpenSearch in source order while the lanes' requests run side by side.
   */
  private List<Future<?>> index(List<SearchAction> actions) {
    List<List<SearchAction>> byLane = new ArrayList<>();
    for (int lane = 0; lane < SEARCH_LANES; lane++) {
      byLane.add(new ArrayList<>());
    }
    for (SearchAction action : actions) {
      int hash = 31 * action.index().hashCode() + action.id().hashCode();
      byLane.get(Math.floorMod(hash, SEARCH_LANES)).add(action);
    }
    List<Future<?>> sent = new ArrayList<>();
    for (int lane = 0; lane < SEARCH_LANES; lane++) {
      List<SearchAction> laneActions = byLane.get(lane);
      if (!laneActions.isEmpty()) {
        sent.add(
            searchLanes
                .get(lane)
                .submit(
                    () -> {
                      search.write(laneActions);
                      return null;
                    }));
      }
    }
    return sent;
  }

  /** Waits for a chunk's bulk requests to end; their failures are the engine thread's. */
  private static void awaitIndexed(List<Future<?>> indexing) throws InterruptedException {
    for (Future<?> request : indexing) {
      try {
        request.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof InterruptedException interrupted) {
          throw interrupted;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("search lane failed", e.getCause());
      }
    }
  }

  /** Stops the search lanes (the engine has stopped calling this handler). */
  @Override
  public void close() {
    searchLanes.forEach(ExecutorService::shutdownNow);
  }

  private List<SearchAction> writeOds(List<Routed> batch) throws SQLException {
    List<OdsChange> changes = new ArrayList<>();
    for (Routed routed : batch) {
      RowChange change = routed.change();
      changes.add(
          new OdsChange(
              routed.projection(),
              routed.projection().odsRow(change),
              change.position(),
              change.committedAt(),
              change.isDelete()));
    }
    try {
      Connection connection = ods.shared();
      List<DeadLetter> refused = odsWriter.write(connection, changes);
      connection.setAutoCommit(true);
      if (!refused.isEmpty()) {
        OdsStatusStore.deadLetters(connection, refused);
        metrics.recordDeadLetters(refused.size());
        LOG.warn("ODS rows dead-lettered count={}", refused.size());
      }
      for (Routed routed : batch) {
        RowChange change = routed.change();
        if (REFERENCED_TABLES.contains(change.table())
            && change.key().get("id") instanceof Number id) {
          references.forget(change.table(), id.longValue());
        }
      }
      References refs = new OdsReferences(connection, references);
      List<SearchAction> actions = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        Routed routed = batch.get(i);
        RowChange change = routed.change();
        Projection projection = routed.projection();
        Map<String, Object> row = changes.get(i).row();
        String id = projection.documentId(row);
        Map<String, Object> document = change.isDelete() ? null : projection.document(row, refs);
        actions.add(
            new SearchAction(projection.index(), id, change.position(), document, change.table()));
      }
      for (DependentRows.Dependent dependent :
          dependents.of(connection, batch.stream().map(Routed::change).toList())) {
        Projection projection = dependent.projection();
        actions.add(
            new SearchAction(
                projection.index(),
                projection.documentId(dependent.row()),
                dependent.position(),
                projection.document(dependent.row(), refs),
                projection.sourceTable()));
      }
      return actions;
    } catch (OdsReferences.OdsUnavailableException e) {
      throw (SQLException) e.getCause();
    }
  }

  private <T> T retrying(String what, SqlWork<T> work) throws InterruptedException {
    int attempt = 0;
    while (true) {
      try {
        return work.run();
      } catch (SQLException e) {
        ods.discard();
        attempt++;
        metrics.recordRetry();
        long backoff = Math.min(MAX_BACKOFF_MILLIS, 100L << Math.min(attempt, 12));
        if (attempt == 1 || attempt % 10 == 0) {
          LOG.warn(
              "{} write failed attempt={} backoffMs={} sqlState={} cause={}",
              what,
              attempt,
              backoff,
              e.getSQLState(),
              e.getMessage());
        }
        Thread.sleep(backoff);
      }
    }
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  private record Routed(RowChange change, Projection projection) {}
}
