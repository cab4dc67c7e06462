package il.gov.cal.cdc.engine;

import il.gov.cal.cdc.change.ChangeReader;
import il.gov.cal.cdc.change.RowChange;
import il.gov.cal.cdc.ods.DependentRows;
import il.gov.cal.cdc.ods.OdsChange;
import il.gov.cal.cdc.ods.OdsReferences;
import il.gov.cal.cdc.ods.OdsStatusStore;
import il.gov.cal.cdc.ods.OdsWriter;
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
 */
public final class BatchHandler
    implements DebeziumEngine.ChangeConsumer<io.debezium.engine.RecordChangeEvent<SourceRecord>> {

  private static final Logger LOG = LoggerFactory.getLogger(BatchHandler.class);
  private static final long MAX_BACKOFF_MILLIS = 30_000;

  private final String pipelineName;
  private final Router router;
  private final OdsConnections ods;
  private final SearchWriter search;
  private final Metrics metrics;
  private final OdsWriter odsWriter = new OdsWriter();
  private final DependentRows dependents = new DependentRows();

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
    List<SearchAction> actions = retrying("ODS", () -> writeOds(batch));
    search.write(actions);
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
      References refs = new OdsReferences(connection);
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
