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
 * <p>A large batch is cut into chunks of {@value #CHUNK} changes that flow through two stages:
 * while one chunk's bulk request is being indexed (on the search stage's single thread), the next
 * chunk's ODS rows are written and its documents built. Chunks reach both stores in source order,
 * each chunk's bulk starts only after the previous one ended, and the batch is marked processed
 * only when every chunk is in both stores, so the guarantees are those of a sequential batch.
 */
public final class BatchHandler
    implements DebeziumEngine.ChangeConsumer<io.debezium.engine.RecordChangeEvent<SourceRecord>>,
        AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BatchHandler.class);
  private static final long MAX_BACKOFF_MILLIS = 30_000;
  static final int CHUNK = 1024;
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
  private final ExecutorService searchStage =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "cdc-search-stage");
            thread.setDaemon(true);
            return thread;
          });

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
    Future<?> indexing = null;
    try {
      for (int from = 0; from < batch.size(); from += CHUNK) {
        List<Routed> chunk = batch.subList(from, Math.min(batch.size(), from + CHUNK));
        List<SearchAction> actions = retrying("ODS", () -> writeOds(chunk));
        awaitIndexed(indexing);
        indexing =
            searchStage.submit(
                () -> {
                  search.write(actions);
                  return null;
                });
      }
      awaitIndexed(indexing);
    } catch (InterruptedException e) {
      if (indexing != null) {
        indexing.cancel(true);
      }
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
    metrics.recordBatch();
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
  }

  /** Waits for a chunk's bulk request to end; its failures are the engine thread's. */
  private static void awaitIndexed(Future<?> indexing) throws InterruptedException {
    if (indexing == null) {
      return;
    }
    try {
      indexing.get();
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
      throw new IllegalStateException("search stage failed", e.getCause());
    }
  }

  /** Stops the search stage (the engine has stopped calling this handler). */
  @Override
  public void close() {
    searchStage.shutdownNow();
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
