package il.gov.cal.cdc.ops;

import static il.gov.cal.cdc.TestEnvironment.document;
import static il.gov.cal.cdc.TestEnvironment.http;
import static il.gov.cal.cdc.TestEnvironment.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import il.gov.cal.cdc.CoreData;
import il.gov.cal.cdc.TestEnvironment;
import il.gov.cal.cdc.engine.Pipeline;
import il.gov.cal.cdc.search.SearchIndices;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dead letters and retries as an operator sees them: counted on {@code /metrics} and kept in {@code
 * ods_dead_letter}, with the stream going on. The refusal is a transactions index whose mapping is
 * older than the projection (it typed the merchant's country as a number, as the issuer format's
 * numeric ISO 3166 code once suggested): a transaction with a country the number field cannot hold
 * is refused for good. The retriable condition is a write block on the index, as an operator sets
 * during maintenance, held for a few seconds.
 */
class FailureMetricsIT {

  private static final String REAL_INDEX = "cal-transactions-v1";

  /** Values of the seed rows that must never leave the core, as {@link CoreData} writes them. */
  private static final List<String> SENSITIVE_SEED_VALUES =
      List.of("tok-SECRET-idx", "DEADBEEF", "idx-secret", "CAFEBABE", "0BADF00D", "FEEDFACE");

  @BeforeEach
  void resetStack() throws Exception {
    TestEnvironment.resetAll();
    CoreData.seed();
    sql("cal_core", CoreData.transaction(1, 12345));
    ObjectNode olderMapping =
        (ObjectNode) new ObjectMapper().readTree(SearchIndices.mapping("transactions"));
    ((ObjectNode) olderMapping.at("/mappings/properties/merchant/properties/country"))
        .put("type", "short");
    assertThat(http().json("PUT", "/" + REAL_INDEX, olderMapping.toString()).ok()).isTrue();
    assertThat(
            http()
                .json(
                    "POST",
                    "/_aliases",
                    "{\"actions\":[{\"add\":{\"index\":\""
                        + REAL_INDEX
                        + "\",\"alias\":\"cal-transactions\"}}]}")
                .ok())
        .isTrue();
  }

  @Test
  void refusedDocumentAndWriteBlockAreCountedOnTheEndpointAndTheStreamGoesOn() throws Exception {
    try (Pipeline pipeline = new Pipeline(TestEnvironment.coreConfig()).start();
        HealthServer health = new HealthServer(0, pipeline::isReady, pipeline.metrics()).start()) {
      await().atMost(Duration.ofSeconds(60)).until(() -> document("cal-transactions", "1") != null);

      sql(
          "cal_core",
          CoreData.transaction(2, 700).replace("'376'", "'ISR'"),
          CoreData.transaction(3, 800));

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                assertThat(document("cal-transactions", "3")).isNotNull();
                assertThat(scrape(health).value("cal_cdc_dead_letters_total")).isEqualTo(1);
              });
      assertThat(scrape(health).value("cal_cdc_retries_total")).isZero();
      assertThat(document("cal-transactions", "2")).isNull();
      assertThat(
              TestEnvironment.queryLong(
                  "cal_ods", "SELECT COUNT(*) FROM ods_transaction WHERE id IN (2, 3)"))
          .isEqualTo(2);

      setWriteBlock(true);
      sql("cal_core", CoreData.transaction(4, 900));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> scrape(health).value("cal_cdc_retries_total") >= 3);
      assertThat(document("cal-transactions", "4")).isNull();
      setWriteBlock(false);

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                assertThat(document("cal-transactions", "4")).isNotNull();
                assertThat(
                        scrape(health).value("cal_cdc_events_total", "table", "card_transaction"))
                    .isEqualTo(4);
              });
      PrometheusText recovered = scrape(health);
      assertThat(recovered.value("cal_cdc_retries_total")).isGreaterThanOrEqualTo(3);
      assertThat(recovered.value("cal_cdc_dead_letters_total")).isEqualTo(1);

      DeadLetterRow letter = onlyDeadLetter();
      assertThat(letter.eventKey()).isEqualTo("2");
      assertThat(letter.sourceTable()).isEqualTo("card_transaction");
      assertThat(letter.target()).isEqualTo("cal-transactions");
      assertThat(letter.reason())
          .startsWith("mapper_parsing_exception: failed to parse field [merchant.country]")
          .endsWith("Preview of field's value: (value withheld)")
          .doesNotContain("ISR");
      assertThat(letter.payload()).contains("\"country\":\"ISR\"", "\"id\":2");
      for (String secret : SENSITIVE_SEED_VALUES) {
        assertThat(letter.reason() + letter.payload()).doesNotContainIgnoringCase(secret);
        assertThat(String.join("\n", recovered.labelValues())).doesNotContainIgnoringCase(secret);
      }
      assertThat(recovered.samples())
          .allSatisfy(
              sample ->
                  assertThat(Set.of("table", "stage", "le", "quantile"))
                      .containsAll(sample.labels().keySet()));
      assertThat(
              recovered.samples().stream()
                  .filter(s -> s.labels().containsKey("table"))
                  .map(s -> s.labels().get("table")))
          .isSubsetOf(TestEnvironment.coreConfig().tables());
    }
  }

  private static PrometheusText scrape(HealthServer health) throws Exception {
    return PrometheusText.scrape(health.port());
  }

  private static void setWriteBlock(boolean on) throws Exception {
    String body = "{\"index.blocks.write\":" + (on ? "true" : "null") + "}";
    assertThat(http().json("PUT", "/" + REAL_INDEX + "/_settings", body).ok()).isTrue();
  }

  private record DeadLetterRow(
      String eventKey, String sourceTable, String target, String reason, String payload) {}

  private static DeadLetterRow onlyDeadLetter() throws Exception {
    try (Connection c = TestEnvironment.db().connectAsAdmin("cal_ods");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT event_key, source_table, target, reason, payload FROM ods_dead_letter")) {
      assertThat(rs.next()).as("a dead letter").isTrue();
      DeadLetterRow row =
          new DeadLetterRow(
              rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
      assertThat(rs.next()).as("only one dead letter").isFalse();
      return row;
    }
  }
}
