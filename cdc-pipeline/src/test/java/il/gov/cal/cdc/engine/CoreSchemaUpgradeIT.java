package il.gov.cal.cdc.engine;

import static il.gov.cal.cdc.TestEnvironment.count;
import static il.gov.cal.cdc.TestEnvironment.document;
import static il.gov.cal.cdc.TestEnvironment.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import il.gov.cal.cdc.CoreData;
import il.gov.cal.cdc.CoreSchema;
import il.gov.cal.cdc.TestEnvironment;
import java.time.Duration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The core's schema migrated under a running pipeline, from its first version to its latest. */
class CoreSchemaUpgradeIT {

  @Test
  void coreMigratedFromItsFirstVersionWhileStreamingIsCarriedWithoutRestart() throws Exception {
    TestEnvironment.resetAll("1");
    CoreData.seedBeforeTokenEncryption();
    sql("cal_core", CoreData.transaction(1, 12345));
    try (Pipeline pipeline = new Pipeline(TestEnvironment.coreConfig()).start()) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> count("cal-transactions") == 1 && count("cal-cards") == 1);

      MigrateResult upgraded = CoreSchema.migrate();
      assertThat(upgraded.migrations.stream().map(migration -> migration.version))
          .containsExactly("1.1", "2", "3", "4", "4.1", "4.2");
      sql(
          "cal_core",
          "INSERT INTO audit_event (id, occurred_at, org_id, actor, action, target_type,"
              + " target_id, outcome, correlation_id) VALUES (7, '2026-03-01 10:00:00.123', 1,"
              + " 'admin', 'CARD_FREEZE', 'card', '1', 'OK', 'corr-1')",
          CoreData.transaction(2, -400, "CREDIT_ADJUSTMENT", "71"),
          "UPDATE card SET status = 'FROZEN' WHERE id = 1");

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                assertThat(text(document("cal-audit-events", "7"), "occurred_at"))
                    .isEqualTo("2026-03-01T10:00:00.123Z");
                assertThat(text(document("cal-transactions", "2"), "kind"))
                    .isEqualTo("CREDIT_ADJUSTMENT");
                assertThat(text(document("cal-cards", "1"), "status")).isEqualTo("FROZEN");
              });
      assertThat(
              TestEnvironment.queryLong(
                  "cal_ods",
                  "SELECT COUNT(*) FROM ods_transaction WHERE kind = 'CREDIT_ADJUSTMENT'"))
          .isEqualTo(1);
      assertThat(pipeline.metrics().deadLetters()).isZero();
      assertThat(pipeline.metrics().prometheus()).contains("cal_cdc_engine_restarts_total 0.0");
      assertThat(document("cal-cards", "1").toString())
          .doesNotContain(CoreData.CLEAR_TOKEN, "issuer_token");
      assertThat(
              TestEnvironment.queryLong(
                  "cal_ods",
                  "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = 'cal_ods'"
                      + " AND column_name LIKE '%token%'"))
          .isZero();
    }
  }

  private static String text(JsonNode node, String field) {
    return node == null ? null : node.path(field).asText(null);
  }
}
