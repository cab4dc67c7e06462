package il.gov.cal.cdc.projection;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.cdc.RecordedEvents;
import il.gov.cal.cdc.change.Operation;
import il.gov.cal.cdc.change.RowChange;
import java.time.Instant;
import java.util.HashMap;
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
  void cardIssuerTokenNeverReachesOdsOrDocument() throws Exception {
    RowChange recorded = RecordedEvents.load("card-r-3");
    assertThat(recorded.after()).doesNotContainKey("issuer_token");
    Map<String, Object> leaky = new HashMap<>(recorded.after());
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
    assertThat(row).doesNotContainKey("issuer_token");
    assertThat(projection.document(row, StubReferences.core()).toString())
        .doesNotContain("tok-SECRET")
        .contains("4242");
  }
}
