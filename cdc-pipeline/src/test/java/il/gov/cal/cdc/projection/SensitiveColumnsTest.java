package il.gov.cal.cdc.projection;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.cdc.RecordedEvents;
import il.gov.cal.cdc.change.Operation;
import il.gov.cal.cdc.change.RowChange;
import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.config.SourceKind;
import il.gov.cal.cdc.config.StateStore;
import il.gov.cal.cdc.engine.DebeziumProperties;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensitiveColumnsTest {

  @Test
  void cardholderCiphertextNeverReachesOdsOrDocumentEvenWhenTheSourceSendsIt() throws Exception {
    RowChange recorded = RecordedEvents.load("cardholder-r-2");
    assertThat(recorded.after()).doesNotContainKeys("national_id_enc", "email_enc", "phone_enc");
    Map<String, Object> leaky = new HashMap<>(recorded.after());
    leaky.put("national_id_enc", "Y2lwaGVy");
    leaky.put("national_id_idx", "blind");
    leaky.put("email_enc", "Y2lwaGVy");
    leaky.put("phone_enc", "Y2lwaGVy");
    RowChange change =
        new RowChange(
            "cal_core",
            "cardholder",
            Operation.READ,
            Map.of("id", 1L),
            null,
            leaky,
            1,
            Instant.EPOCH,
            true);
    CardholderProjection projection = new CardholderProjection();
    Map<String, Object> row = projection.odsRow(change);
    Map<String, Object> doc = projection.document(row, StubReferences.core());
    assertThat(row)
        .doesNotContainKeys("national_id_enc", "national_id_idx", "email_enc", "phone_enc");
    assertThat(doc.toString()).doesNotContain("Y2lwaGVy", "blind");
    assertThat(doc)
        .containsEntry("full_name", "Dana Levi")
        .containsEntry("unit_name", "Procurement");
  }

  @Test
  void cardIssuerTokenNeverReachesOdsOrDocumentEvenWhenTheSourceSendsIt() throws Exception {
    RowChange recorded = RecordedEvents.load("card-r-3");
    assertThat(recorded.after())
        .doesNotContainKeys("issuer_token_idx", "issuer_token_enc", "issuer_token");
    Map<String, Object> leaky = new HashMap<>(recorded.after());
    leaky.put("issuer_token_idx", "blind-token-index");
    leaky.put("issuer_token_enc", "Y2lwaGVyLXRva2Vu");
    leaky.put("issuer_token", "tok-SECRET-1");
    RowChange change =
        new RowChange(
            "cal_core",
            "card",
            Operation.READ,
            Map.of("id", 1L),
            null,
            leaky,
            1,
            Instant.EPOCH,
            true);
    CardProjection projection = new CardProjection();
    Map<String, Object> row = projection.odsRow(change);
    assertThat(row).doesNotContainKeys("issuer_token_idx", "issuer_token_enc", "issuer_token");
    assertThat(projection.document(row, StubReferences.core()).toString())
        .doesNotContain("tok-SECRET", "blind-token-index", "Y2lwaGVyLXRva2Vu", "issuer_token")
        .contains("4242");
  }

  @Test
  void theConnectorExcludesBothIssuerTokenColumnsAndTheClearOneOfAnUnmigratedCore() {
    assertThat(DebeziumProperties.SENSITIVE_COLUMNS)
        .contains("card.issuer_token_idx", "card.issuer_token_enc", "card.issuer_token");
    assertThat(DebeziumProperties.of(offlineConfig()).getProperty("column.exclude.list").split(","))
        .contains(
            "cal_core.card.issuer_token_idx",
            "cal_core.card.issuer_token_enc",
            "cal_core.cardholder.national_id_idx");
  }

  /** A core configuration that reaches no server; only its properties are read. */
  private static PipelineConfig offlineConfig() {
    return new PipelineConfig(
        SourceKind.MARIADB,
        "127.0.0.1",
        3306,
        "cal",
        "unused",
        5401,
        List.of("cal_core"),
        List.of("card"),
        false,
        "http://127.0.0.1:9200",
        "jdbc:mariadb://127.0.0.1:3306/cal_ods",
        "cal",
        "unused",
        StateStore.FILE,
        Path.of("target"),
        0,
        "cal-cdc-test",
        Map.of());
  }
}
