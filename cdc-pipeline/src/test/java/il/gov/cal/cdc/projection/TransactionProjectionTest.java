package il.gov.cal.cdc.projection;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.cdc.RecordedEvents;
import il.gov.cal.cdc.change.RowChange;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransactionProjectionTest {

  private final TransactionProjection projection = new TransactionProjection();

  @Test
  @SuppressWarnings("unchecked")
  void snapshotReadBecomesDenormalisedDocument() throws Exception {
    RowChange change = RecordedEvents.load("card_transaction-r-5");
    Map<String, Object> doc = projection.document(projection.odsRow(change), StubReferences.core());
    assertThat(doc)
        .containsEntry("id", 1L)
        .containsEntry("billing_amount_minor", 12345L)
        .containsEntry("billing_amount", "123.45")
        .containsEntry("billing_currency", "ILS")
        .containsEntry("transaction_date", "2026-03-01")
        .containsEntry("card_last4", "4242")
        .containsEntry("cardholder_id", 1L)
        .containsEntry("cardholder_name", "Dana Levi")
        .containsEntry("unit_id", 2L)
        .containsEntry("unit_name", "Procurement")
        .containsEntry("unit_path", "/1/2/")
        .containsEntry("unit_path_ids", List.of(1L, 2L))
        .containsEntry("unit_path_names", List.of("Headquarters", "Procurement"));
    assertThat((Map<String, Object>) doc.get("merchant"))
        .containsEntry("mcc", "5943")
        .containsEntry("mcc_description", "Stationery Stores");
  }

  @Test
  void odsRowHoldsSourceValuesWithTheirTypes() throws Exception {
    Map<String, Object> row = projection.odsRow(RecordedEvents.load("card_transaction-r-5"));
    assertThat(row.get("posting_date")).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(row.get("created_at")).isInstanceOf(java.time.Instant.class);
    assertThat(row.keySet())
        .containsExactlyElementsOf(projection.columns().stream().map(Column::name).toList());
  }

  @Test
  void creditIsNegativeWithExactDecimalText() throws Exception {
    Map<String, Object> row = projection.odsRow(RecordedEvents.load("card_transaction-c-6"));
    assertThat(projection.document(row, References.NONE)).containsEntry("billing_amount", "-20.00");
  }

  @Test
  void decimalTextFollowsTheCurrencysMinorUnits() {
    Map<String, Object> row = new HashMap<>();
    row.put("billing_amount_minor", 500L);
    row.put("billing_currency", "JPY");
    row.put("original_amount_minor", 1234L);
    row.put("original_currency", "BHD");
    Map<String, Object> doc = projection.document(row, References.NONE);
    assertThat(doc)
        .containsEntry("billing_amount", "500")
        .containsEntry("original_amount", "1.234");
  }

  @Test
  void documentWithoutKnownCardCarriesIdsOnly() throws Exception {
    Map<String, Object> doc =
        projection.document(
            projection.odsRow(RecordedEvents.load("card_transaction-r-5")), References.NONE);
    assertThat(doc).containsEntry("card_id", 1L).doesNotContainKey("card_last4");
  }

  @Test
  void deleteCarriesTheLastStateForTheTombstone() throws Exception {
    RowChange delete = RecordedEvents.load("card_transaction-d-9");
    assertThat(delete.isDelete()).isTrue();
    assertThat(projection.odsRow(delete)).containsEntry("id", 2L);
  }
}
