package il.gov.cal.cdc.engine;

import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.config.StateStore;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Builds the Debezium engine properties from the pipeline configuration. The pipeline's choices
 * come first; every {@code debezium.*} property of the configuration is applied last, untouched, so
 * an operator can override any of them.
 *
 * <p>Choices that matter for correctness: DECIMAL as exact {@code BigDecimal} ({@code
 * decimal.handling.mode=precise}); the default adaptive time precision (DATETIME as wall-clock
 * epoch values, TIMESTAMP as UTC text); the ciphertext and blind-index columns of {@code
 * cardholder} and of {@code card}'s issuer token excluded at the source, so they never enter the
 * process; the signal table captured so incremental snapshots can be requested; transaction
 * metadata on, because the order of a row in its transaction is part of its version (see {@code
 * SourcePosition}).
 */
public final class DebeziumProperties {

  /**
   * Source columns that must never leave the operational core. The connector matches each name
   * whole, so every column is listed. {@code card.issuer_token}, the clear token of a core not yet
   * migrated to schema 4.2, stays listed for as long as such a source can exist.
   */
  public static final List<String> SENSITIVE_COLUMNS =
      List.of(
          "cardholder.national_id_enc",
          "cardholder.national_id_idx",
          "cardholder.email_enc",
          "cardholder.phone_enc",
          "card.issuer_token_idx",
          "card.issuer_token_enc",
          "card.issuer_token");

  private DebeziumProperties() {}

  /** The engine properties. */
  public static Properties of(PipelineConfig config) {
    Properties p = new Properties();
    p.setProperty("name", config.name());
    p.setProperty("connector.class", config.sourceKind().connectorClass());
    p.setProperty("topic.prefix", config.name());
    p.setProperty("database.hostname", config.dbHost());
    p.setProperty("database.port", Integer.toString(config.dbPort()));
    p.setProperty("database.user", config.dbUser());
    p.setProperty("database.password", config.dbPassword());
    p.setProperty("database.server.id", Long.toString(config.serverId()));
    p.setProperty("database.include.list", String.join(",", config.databases()));
    if (!config.tables().isEmpty()) {
      String tables =
          config.tables().stream()
              .map(t -> config.signalDatabase() + "." + t)
              .collect(Collectors.joining(","));
      p.setProperty("table.include.list", tables + "," + config.signalTable());
    }
    p.setProperty(
        "column.exclude.list",
        config.databases().stream()
            .flatMap(db -> SENSITIVE_COLUMNS.stream().map(c -> db + "." + c))
            .collect(Collectors.joining(",")));
    p.setProperty("snapshot.mode", "initial");
    p.setProperty("signal.enabled.channels", "source");
    p.setProperty("signal.data.collection", config.signalTable());
    p.setProperty("incremental.snapshot.chunk.size", "2048");
    p.setProperty("decimal.handling.mode", "precise");
    p.setProperty("bigint.unsigned.handling.mode", "precise");
    p.setProperty("include.schema.changes", "false");
    p.setProperty("provide.transaction.metadata", "true");
    p.setProperty("tombstones.on.delete", "false");
    p.setProperty("poll.interval.ms", "10");
    p.setProperty("max.batch.size", "8192");
    p.setProperty("max.queue.size", "9216");
    p.setProperty("extended.headers.enabled", "false");
    p.setProperty("offset.flush.interval.ms", "1000");
    p.setProperty("connect.keep.alive", "true");
    p.setProperty("errors.max.retries", "-1");
    p.setProperty("schema.history.internal.store.only.captured.tables.ddl", "false");
    stateStore(config, p);
    config.debezium().forEach(p::setProperty);
    return p;
  }

  private static void stateStore(PipelineConfig config, Properties p) {
    if (config.stateStore() == StateStore.FILE) {
      p.setProperty("offset.storage", "org.apache.kafka.connect.storage.FileOffsetBackingStore");
      p.setProperty(
          "offset.storage.file.filename", config.stateDir().resolve("offsets.dat").toString());
      p.setProperty(
          "schema.history.internal", "io.debezium.storage.file.history.FileSchemaHistory");
      p.setProperty(
          "schema.history.internal.file.filename",
          config.stateDir().resolve("schema-history.dat").toString());
      return;
    }
    p.setProperty("offset.storage", "io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore");
    p.setProperty("offset.storage.jdbc.connection.url", config.odsJdbcUrl());
    p.setProperty("offset.storage.jdbc.connection.user", config.odsUser());
    p.setProperty("offset.storage.jdbc.connection.password", config.odsPassword());
    p.setProperty("offset.storage.jdbc.table.name", "cdc_offset");
    p.setProperty(
        "offset.storage.jdbc.table.ddl",
        "CREATE TABLE %s (id VARCHAR(36) NOT NULL, offset_key TEXT, offset_val TEXT,"
            + " record_insert_ts TIMESTAMP(3) NOT NULL, record_insert_seq INTEGER NOT NULL,"
            + " PRIMARY KEY (id))");
    p.setProperty("schema.history.internal", "io.debezium.storage.jdbc.history.JdbcSchemaHistory");
    p.setProperty("schema.history.internal.jdbc.connection.url", config.odsJdbcUrl());
    p.setProperty("schema.history.internal.jdbc.connection.user", config.odsUser());
    p.setProperty("schema.history.internal.jdbc.connection.password", config.odsPassword());
    p.setProperty("schema.history.internal.jdbc.table.name", "cdc_schema_history");
    if (config.odsJdbcUrl().contains("//" + config.dbHost() + ":" + config.dbPort() + "/")) {
      // The snapshot's global read lock would block the history writes on the same server until
      // the lock times out; with the ODS on the source server the snapshot takes no lock, so a
      // DDL run during the snapshot's schema read would go unnoticed. Beta and prod keep the ODS
      // on its own server and keep the lock.
      p.setProperty("snapshot.locking.mode", "none");
    }
    // The default DDL declares VARCHAR(65000), which a utf8mb4 MySQL/MariaDB table refuses.
    p.setProperty(
        "schema.history.internal.jdbc.table.ddl",
        "CREATE TABLE %s (id VARCHAR(36) NOT NULL, history_data MEDIUMTEXT,"
            + " history_data_seq INTEGER, record_insert_ts TIMESTAMP(3) NOT NULL,"
            + " record_insert_seq INTEGER NOT NULL, PRIMARY KEY (id, history_data_seq))");
  }
}
