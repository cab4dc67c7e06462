package il.gov.cal.cdc.engine;

import static il.gov.cal.cdc.TestEnvironment.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import il.gov.cal.cdc.TestEnvironment;
import il.gov.cal.cdc.change.CanonicalJson;
import il.gov.cal.cdc.config.PipelineConfig;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The source-value cases (c02 DATETIME vs TIMESTAMP, c03 fractional seconds, c05 zero dates, c07
 * expression defaults, c08 JSON, c09 restarts), each on its own scratch database, projected by the
 * pass-through projection so the raw values can be compared.
 */
class SourceCasesIT {

  @BeforeEach
  void resetStack() throws Exception {
    TestEnvironment.resetOdsAndIndices();
  }

  private static PipelineConfig casesConfig(String database, Map<String, String> debezium) {
    PipelineConfig base = TestEnvironment.config(List.of(database), List.of(), true);
    return new PipelineConfig(
        base.sourceKind(),
        base.dbHost(),
        base.dbPort(),
        base.dbUser(),
        base.dbPassword(),
        base.serverId(),
        base.databases(),
        base.tables(),
        true,
        base.searchUrl(),
        base.odsJdbcUrl(),
        base.odsUser(),
        base.odsPassword(),
        base.stateStore(),
        base.stateDir(),
        base.httpPort(),
        base.name(),
        debezium);
  }

  /** The pass-through row from the ODS, or null. */
  private static JsonNode odsRow(String id) throws Exception {
    try (Connection c = TestEnvironment.db().connectAsAdmin("cal_ods");
        PreparedStatement s =
            c.prepareStatement("SELECT doc FROM ods_passthrough WHERE id = ? AND is_deleted = 0")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? CanonicalJson.parse(rs.getString(1)) : null;
      }
    }
  }

  private static JsonNode searchRow(String id) throws Exception {
    JsonNode doc = TestEnvironment.document("cal-passthrough", id);
    return doc == null ? null : doc.get("row");
  }

  private static void awaitRow(String id) {
    await().atMost(Duration.ofSeconds(60)).until(() -> odsRow(id) != null && searchRow(id) != null);
  }

  @Test
  void datetimeStaysWallClockAndTimestampIsTheSameInstantBySnapshotAndBinlog() throws Exception {
    TestEnvironment.scratchDatabase("cases_c02");
    String table =
        "CREATE TABLE auth_event (id INT PRIMARY KEY, local_dt DATETIME, event_ts TIMESTAMP NULL,"
            + " d DATE, t TIME)";
    String insert =
        " VALUES ('2023-08-04 17:51:03', '2023-08-04 17:51:03', '2021-01-28', '17:29:04')";
    sql(
        "cases_c02",
        table,
        "SET time_zone = '+08:00'",
        "INSERT INTO auth_event (id, local_dt, event_ts, d, t)"
            + insert.replace("VALUES (", "VALUES (1, "));
    try (Pipeline pipeline = new Pipeline(casesConfig("cases_c02", Map.of())).start()) {
      awaitRow("cases_c02.auth_event|1");
      sql(
          "cases_c02",
          "SET time_zone = '+08:00'",
          "INSERT INTO auth_event (id, local_dt, event_ts, d, t)"
              + insert.replace("VALUES (", "VALUES (2, "));
      awaitRow("cases_c02.auth_event|2");
    }
    for (String id : List.of("cases_c02.auth_event|1", "cases_c02.auth_event|2")) {
      for (JsonNode row : List.of(odsRow(id), searchRow(id))) {
        assertThat(row.path("local_dt").asText()).isEqualTo("2023-08-04T17:51:03");
        assertThat(row.path("event_ts").asText()).isEqualTo("2023-08-04T09:51:03Z");
        assertThat(row.path("d").asText()).isEqualTo("2021-01-28");
        assertThat(row.path("t").asText()).isEqualTo("17:29:04");
      }
    }
  }

  /**
   * MySQL rounds fractional seconds to the column's precision; MariaDB truncates unless the session
   * has {@code TIME_ROUND_FRACTIONAL}, which the insert sets here to get the MySQL result. Either
   * way the ODS must hold exactly what the source stored.
   */
  @Test
  void fractionalSecondsAreRoundedByTheSourceAndKeptExactly() throws Exception {
    TestEnvironment.scratchDatabase("cases_c03");
    String round = "SET SESSION sql_mode = CONCAT(@@sql_mode, ',TIME_ROUND_FRACTIONAL')";
    String insert =
        "INSERT INTO posting_times VALUES (%d, '2014-09-08', '17:51:04.777',"
            + " '2014-09-08 17:51:04.777', '2014-09-08 17:51:04.777')";
    sql(
        "cases_c03",
        "CREATE TABLE posting_times (id INT PRIMARY KEY, c1 DATE, c2 TIME(2), c3 DATETIME(2),"
            + " c4 TIMESTAMP(2) NULL)",
        round,
        String.format(insert, 1));
    try (Pipeline pipeline = new Pipeline(casesConfig("cases_c03", Map.of())).start()) {
      awaitRow("cases_c03.posting_times|1");
      sql("cases_c03", round, String.format(insert, 2));
      awaitRow("cases_c03.posting_times|2");
    }
    for (String id : List.of("cases_c03.posting_times|1", "cases_c03.posting_times|2")) {
      JsonNode row = odsRow(id);
      assertThat(row.path("c1").asText()).isEqualTo("2014-09-08");
      assertThat(row.path("c2").asText()).isEqualTo("17:51:04.780");
      assertThat(row.path("c3").asText()).isEqualTo("2014-09-08T17:51:04.780");
      assertThat(row.path("c4").asText()).isEqualTo("2014-09-08T17:51:04.780Z");
      assertThat(searchRow(id)).isEqualTo(row);
    }
  }

  @Test
  void nullableZeroDatesBecomeNullAndTheStreamGoesOn() throws Exception {
    TestEnvironment.scratchDatabase("cases_c05");
    String insert =
        "INSERT IGNORE INTO stmt_period VALUES (%d, '0000-00-00','00:00:00.000',"
            + "'0000-00-00 00:00:00.000','0000-00-00 00:00:00.000','0000-00-00','00:00:00.000',"
            + "'0000-00-00 00:00:00.000')";
    String mode =
        "SET SESSION sql_mode='STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'";
    sql(
        "cases_c05",
        "CREATE TABLE stmt_period (id INT PRIMARY KEY, c1 DATE, c2 TIME(2), c3 DATETIME(2),"
            + " c4 TIMESTAMP(2) NULL, nnc1 DATE NOT NULL, nnc2 TIME(2) NOT NULL,"
            + " nnc3 DATETIME(2) NOT NULL)",
        mode,
        String.format(insert, 1));
    try (Pipeline pipeline = new Pipeline(casesConfig("cases_c05", Map.of())).start()) {
      awaitRow("cases_c05.stmt_period|1");
      sql(
          "cases_c05",
          mode,
          String.format(insert, 2),
          "CREATE TABLE after_zero (id INT PRIMARY KEY)",
          "INSERT INTO after_zero VALUES (1)");
      awaitRow("cases_c05.after_zero|1");
      assertThat(pipeline.isEngineRunning()).isTrue();
    }
    for (String id : List.of("cases_c05.stmt_period|1", "cases_c05.stmt_period|2")) {
      JsonNode row = odsRow(id);
      assertThat(row.get("c1").isNull()).as("c1 of %s", id).isTrue();
      assertThat(row.get("c3").isNull()).as("c3 of %s", id).isTrue();
      assertThat(row.path("nnc1").asText()).isEqualTo("1970-01-01");
      assertThat(row.path("c2").asText()).isEqualTo("00:00");
    }
  }

  @Test
  void tableWithExpressionDefaultsIsParsedBySnapshotAndStreamAndRowsCarryTheDefaults()
      throws Exception {
    TestEnvironment.scratchDatabase("cases_c07");
    String ddl =
        "CREATE TABLE %s (id INT NOT NULL AUTO_INCREMENT,"
            + " s3_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,"
            + " upload_day DATE DEFAULT (curdate()), upload_ts BIGINT DEFAULT (unix_timestamp()),"
            + " PRIMARY KEY (id) USING BTREE) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3"
            + " COLLATE=utf8mb3_bin";
    sql(
        "cases_c07",
        String.format(ddl, "receipt_upload"),
        "INSERT INTO receipt_upload (s3_key) VALUES ('receipts/2024/00001.pdf')");
    try (Pipeline pipeline = new Pipeline(casesConfig("cases_c07", Map.of())).start()) {
      awaitRow("cases_c07.receipt_upload|1");
      sql(
          "cases_c07",
          String.format(ddl, "receipt_upload_2"),
          "INSERT INTO receipt_upload_2 (s3_key) VALUES ('receipts/2024/00002.pdf')");
      awaitRow("cases_c07.receipt_upload_2|1");
      assertThat(pipeline.isEngineRunning()).isTrue();
    }
    long today = LocalDate.now(ZoneOffset.UTC).toEpochDay();
    for (String id : List.of("cases_c07.receipt_upload|1", "cases_c07.receipt_upload_2|1")) {
      JsonNode row = odsRow(id);
      assertThat(LocalDate.parse(row.path("upload_day").asText()).toEpochDay())
          .isBetween(today - 1, today);
      assertThat(row.path("upload_ts").asLong()).isGreaterThan(1_700_000_000L);
    }
  }

  @Test
  void jsonBigIntegerStaysExactAndSnapshotAndBinlogRowsAreIdentical() throws Exception {
    TestEnvironment.scratchDatabase("cases_c08");
    String meta =
        "'{\"name\": \"a\", \"id\": 1, \"val\": 1.0, \"pi\": 3.14, \"ext_ref\": 9007199254740993}'";
    sql(
        "cases_c08",
        "CREATE TABLE card_meta (id INT PRIMARY KEY, meta JSON)",
        "INSERT INTO card_meta VALUES (1, " + meta + ")");
    try (Pipeline pipeline = new Pipeline(casesConfig("cases_c08", Map.of())).start()) {
      awaitRow("cases_c08.card_meta|1");
      sql("cases_c08", "INSERT INTO card_meta VALUES (2, " + meta + ")");
      awaitRow("cases_c08.card_meta|2");
    }
    JsonNode snapshot = json(odsRow("cases_c08.card_meta|1").get("meta"));
    JsonNode streamed = json(odsRow("cases_c08.card_meta|2").get("meta"));
    assertThat(CanonicalJson.write(snapshot)).isEqualTo(CanonicalJson.write(streamed));
    assertThat(streamed.get("ext_ref").bigIntegerValue())
        .isEqualTo(new BigInteger("9007199254740993"));
    JsonNode indexed = json(searchRow("cases_c08.card_meta|1").get("meta"));
    assertThat(indexed.get("ext_ref").bigIntegerValue())
        .isEqualTo(new BigInteger("9007199254740993"));
    assertThat(
            TestEnvironment.queryLong(
                "cal_ods",
                "SELECT COUNT(DISTINCT source_position) FROM ods_passthrough"
                    + " WHERE id = 'cases_c08.card_meta|1'"))
        .isEqualTo(1);
  }

  @Test
  void restartInTheMiddleOfATransactionLosesNothing() throws Exception {
    restartCase("cases_c09a", 2);
  }

  @Test
  void restartRightAfterDdlEventLosesNothing() throws Exception {
    restartCase("cases_c09b", 4);
  }

  private static void restartCase(String database, int rowsBeforeStop) throws Exception {
    TestEnvironment.scratchDatabase(database);
    sql(database, "CREATE TABLE card_txn (id INT PRIMARY KEY, amount DECIMAL(12,2), ccy CHAR(3))");
    PipelineConfig config =
        casesConfig(database, Map.of("max.batch.size", "1", "offset.flush.interval.ms", "0"));
    try (Pipeline pipeline = new Pipeline(config).start()) {
      await().atMost(Duration.ofSeconds(60)).until(pipeline::isEngineRunning);
      sql(
          database,
          "START TRANSACTION",
          "INSERT INTO card_txn VALUES (1,10.00,'ILS'),(2,20.00,'ILS'),(3,30.00,'ILS')",
          "INSERT INTO card_txn VALUES (4,40.00,'ILS')",
          "COMMIT",
          "CREATE INDEX ix_ccy ON card_txn (ccy)");
      await().atMost(Duration.ofSeconds(60)).until(() -> odsCount(database) >= rowsBeforeStop);
      if (rowsBeforeStop == 4) {
        sql(database, "CREATE TABLE marker (id INT PRIMARY KEY)", "INSERT INTO marker VALUES (1)");
        await().atMost(Duration.ofSeconds(60)).until(() -> odsRow(database + ".marker|1") != null);
        sql(database, "DROP TABLE marker", "CREATE INDEX ix_amount ON card_txn (amount)");
      }
    }
    sql(database, "INSERT INTO card_txn VALUES (5,50.00,'ILS')");
    try (Pipeline pipeline = new Pipeline(config).start()) {
      await().atMost(Duration.ofSeconds(60)).until(() -> odsCount(database) == 5);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> searchRow(database + ".card_txn|5") != null);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int id = 1; id <= 5; id++) {
      JsonNode row = odsRow(database + ".card_txn|" + id);
      assertThat(searchRow(database + ".card_txn|" + id)).isEqualTo(row);
      sum = sum.add(new BigDecimal(row.path("amount").asText()));
    }
    assertThat(sum).isEqualByComparingTo("150.00");
  }

  /**
   * A JSON column's value: MySQL's JSON arrives as a JSON tree (normalised), MariaDB's JSON is a
   * LONGTEXT alias and arrives as the stored text, kept verbatim; both are parsed exactly here.
   */
  private static JsonNode json(JsonNode value) {
    return value.isTextual() ? CanonicalJson.parse(value.asText()) : value;
  }

  private static long odsCount(String database) throws Exception {
    return TestEnvironment.queryLong(
        "cal_ods",
        "SELECT COUNT(*) FROM ods_passthrough WHERE is_deleted = 0 AND source_table = '"
            + database
            + ".card_txn'");
  }
}
