package il.gov.cal.cdc.config;

import java.util.List;

/**
 * One setting of the pipeline: its key, local default and a one-line description. The key {@code
 * db.host} is read as the system property {@code cal.cdc.db.host}, the environment variable {@code
 * CAL_CDC_DB_HOST} or the line {@code db.host=} of the properties file, in that order.
 */
public record Setting(String key, String localDefault, String description) {

  /** Every setting the pipeline reads, in the order the README lists them. */
  public static final List<Setting> ALL =
      List.of(
          new Setting("source.kind", "mariadb", "mariadb or mysql: picks the Debezium connector"),
          new Setting("db.host", "127.0.0.1", "source database host"),
          new Setting("db.port", "3306", "source database port"),
          new Setting("db.user", "cal", "source account (needs REPLICATION SLAVE/CLIENT)"),
          new Setting("db.password", "local-only", "source password (a secret outside dev)"),
          new Setting(
              "db.server.id", "5401", "replica server id, unique among the source's replicas"),
          new Setting("databases", "cal_core", "comma-separated databases to capture"),
          new Setting(
              "tables",
              "unit,cardholder,card,budget,card_transaction,audit_event",
              "tables of the first database to capture; empty captures every table"),
          new Setting(
              "passthrough", "false", "project tables without a mapper generically (tests only)"),
          new Setting("search.url", "http://127.0.0.1:9200", "OpenSearch base URL"),
          new Setting(
              "ods.jdbc.url",
              "jdbc:mysql://127.0.0.1:3306/cal_ods?useSSL=false&allowPublicKeyRetrieval=true"
                  + "&connectionTimeZone=UTC&rewriteBatchedStatements=true",
              "JDBC URL of the cal_ods schema"),
          new Setting("ods.user", "cal", "ODS account"),
          new Setting("ods.password", "local-only", "ODS password (a secret outside dev)"),
          new Setting("state.store", "file", "file (dev, test) or jdbc (beta, prod): offsets"),
          new Setting("state.dir", ".state/cdc", "directory of the file state store"),
          new Setting("http.port", "8095", "port of /health/live, /health/ready and /metrics"),
          new Setting("name", "cal-cdc", "engine name; also the Debezium topic prefix"));
}
