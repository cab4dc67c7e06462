package il.gov.cal.cdc.engine;

import static il.gov.cal.cdc.TestEnvironment.count;
import static il.gov.cal.cdc.TestEnvironment.document;
import static il.gov.cal.cdc.TestEnvironment.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import il.gov.cal.cdc.CoreData;
import il.gov.cal.cdc.TestEnvironment;
import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.config.StateStore;
import il.gov.cal.cdc.ops.HealthServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorePipelineIT {

  @BeforeEach
  void resetStack() throws Exception {
    TestEnvironment.resetAll();
    CoreData.seed();
    sql("cal_core", CoreData.transaction(1, 12345), CoreData.transaction(2, 500));
  }

  @Test
  void snapshotThenStreamingProducesDenormalisedDocumentsWithoutSensitiveFields() throws Exception {
    try (Pipeline pipeline = new Pipeline(TestEnvironment.coreConfig()).start();
        HealthServer health = new HealthServer(0, pipeline::isReady, pipeline.metrics()).start()) {
      await().atMost(Duration.ofSeconds(60)).until(() -> count("cal-transactions") == 2);
      String snapshotted = scrape(health);
      assertThat(sample(snapshotted, "cal_cdc_events_total{table=\"card_transaction\"}"))
          .isEqualTo(2);
      assertThat(sample(snapshotted, "cal_cdc_snapshot_rows_total")).isGreaterThanOrEqualTo(2);
      assertThat(sample(snapshotted, "cal_cdc_lag_seconds_count")).isZero();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> "Dana Levi".equals(text(document("cal-transactions", "1"), "cardholder_name")));
      JsonNode txn = document("cal-transactions", "1");
      assertThat(txn.path("card_last4").asText()).isEqualTo("4242");
      assertThat(txn.path("billing_amount_minor").asLong()).isEqualTo(12345);
      assertThat(txn.path("billing_amount").asText()).isEqualTo("123.45");
      assertThat(txn.path("unit_name").asText()).isEqualTo("Procurement");
      assertThat(txn.path("unit_path_names").toString())
          .isEqualTo("[\"Headquarters\",\"Procurement\"]");
      assertThat(txn.path("unit_path_ids").toString()).isEqualTo("[1,2]");
      assertThat(txn.path("merchant").path("mcc").asText()).isEqualTo("5943");
      await().atMost(Duration.ofSeconds(30)).until(() -> count("cal-cardholders") == 1);
      String holder = document("cal-cardholders", "1").toString();
      String card = document("cal-cards", "1").toString();
      assertThat(holder).doesNotContain("DEADBEEF", "idx-secret", "national", "email", "phone");
      assertThat(card).doesNotContain("tok-SECRET", "FEEDFACE", "/u36zg", "issuer_token");

      sql(
          "cal_core",
          CoreData.transaction(3, -2000),
          "INSERT INTO audit_event (id, occurred_at, org_id, actor, action, target_type,"
              + " target_id, outcome, correlation_id) VALUES (7, '2026-03-01 10:00:00.123', 1,"
              + " 'admin', 'CARD_FREEZE', 'card', '1', 'OK', 'corr-1')",
          "UPDATE cardholder SET last_name = 'Cohen' WHERE id = 1",
          "UPDATE unit SET name = 'Head Office' WHERE id = 1",
          "DELETE FROM card_transaction WHERE id = 2");

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                assertThat(document("cal-transactions", "2")).isNull();
                JsonNode first = document("cal-transactions", "1");
                assertThat(first.path("cardholder_name").asText()).isEqualTo("Dana Cohen");
                assertThat(first.path("unit_path_names").get(0).asText()).isEqualTo("Head Office");
                assertThat(document("cal-transactions", "3").path("billing_amount").asText())
                    .isEqualTo("-20.00");
                assertThat(document("cal-units", "2").path("path_names").get(0).asText())
                    .isEqualTo("Head Office");
                assertThat(text(document("cal-audit-events", "7"), "occurred_at"))
                    .isEqualTo("2026-03-01T10:00:00.123Z");
              });
      String streamed = scrape(health);
      assertThat(sample(streamed, "cal_cdc_events_total{table=\"card_transaction\"}")).isEqualTo(4);
      assertThat(sample(streamed, "cal_cdc_lag_seconds_count")).isEqualTo(5);
      assertThat(sample(streamed, "cal_cdc_lag_seconds_bucket{le=\"+Inf\"}")).isEqualTo(5);
      assertThat(sample(streamed, "cal_cdc_events_per_second")).isPositive();
      assertThat(sample(streamed, "cal_cdc_retries_total")).isZero();
      assertThat(sample(streamed, "cal_cdc_dead_letters_total")).isZero();
      assertThat(sample(streamed, "cal_cdc_snapshot_running")).isZero();
      assertThat(sample(streamed, "cal_cdc_snapshot_rows_total"))
          .isEqualTo(sample(snapshotted, "cal_cdc_snapshot_rows_total"));
      assertThat(
              TestEnvironment.queryLong(
                  "cal_ods", "SELECT is_deleted FROM ods_transaction WHERE id = 2"))
          .isEqualTo(1);
      assertThat(
              TestEnvironment.queryLong(
                  "cal_ods",
                  "SELECT COUNT(*) FROM ods_freshness WHERE index_name = 'transactions'"
                      + " AND last_indexed_at IS NOT NULL"))
          .isEqualTo(1);
    }
  }

  @Test
  void incrementalSnapshotRestoresDocumentRemovedBehindThePipelinesBack() throws Exception {
    try (Pipeline pipeline = new Pipeline(TestEnvironment.coreConfig()).start()) {
      await().atMost(Duration.ofSeconds(60)).until(() -> count("cal-transactions") == 2);
      TestEnvironment.http().send("DELETE", "/cal-transactions/_doc/1?refresh=true", null, null);
      assertThat(count("cal-transactions")).isEqualTo(1);

      pipeline.requestIncrementalSnapshot("card_transaction");

      await().atMost(Duration.ofSeconds(60)).until(() -> count("cal-transactions") == 2);
    }
  }

  @Test
  void jdbcStateStoreResumesAfterRestartWithoutNewSnapshot() throws Exception {
    PipelineConfig base = TestEnvironment.coreConfig();
    PipelineConfig config =
        new PipelineConfig(
            base.sourceKind(),
            base.dbHost(),
            base.dbPort(),
            base.dbUser(),
            base.dbPassword(),
            base.serverId(),
            base.databases(),
            base.tables(),
            false,
            base.searchUrl(),
            base.odsJdbcUrl(),
            base.odsUser(),
            base.odsPassword(),
            StateStore.JDBC,
            base.stateDir(),
            0,
            base.name(),
            java.util.Map.of());
    try (Pipeline pipeline = new Pipeline(config).start()) {
      await().atMost(Duration.ofSeconds(60)).until(() -> count("cal-transactions") == 2);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> TestEnvironment.queryLong("cal_ods", "SELECT COUNT(*) FROM cdc_offset") > 0);
    }
    sql("cal_core", CoreData.transaction(4, 400));
    try (Pipeline pipeline = new Pipeline(config).start()) {
      await().atMost(Duration.ofSeconds(60)).until(() -> count("cal-transactions") == 3);
      assertThat(sample(pipeline.metrics().prometheus(), "cal_cdc_snapshot_rows_total")).isZero();
    }
  }

  private static String scrape(HealthServer health) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + health.port() + "/metrics"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    return response.body();
  }

  /** The value of one sample of the Prometheus text, its labels written as in the text. */
  private static double sample(String text, String series) {
    return text.lines()
        .filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + series + " in\n" + text));
  }

  private static String text(JsonNode node, String field) {
    return node == null ? null : node.path(field).asText(null);
  }
}
