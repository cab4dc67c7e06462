package il.gov.cal.odsquery.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionPageWriterTest {

  private static final TransactionView FULL =
      new TransactionView(
          9001,
          "2025-03-02",
          "2025-03-04",
          17,
          "0017",
          1001L,
          "Dana Levi",
          9L,
          "Procurement",
          "Office \"Depot\" \u05d1\u05e2\"\u05de",
          "Jerusalem",
          "376",
          "5943",
          "Stationery",
          "PURCHASE",
          "POSTED",
          "120.50",
          "ILS",
          "-0.001",
          "BHD");

  /** A transaction of a cardholder and unit no longer known: those members are absent. */
  private static final TransactionView SPARSE =
      new TransactionView(
          9002,
          "2025-03-03",
          null,
          18,
          "0018",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          "REFUND",
          "PENDING",
          "5",
          "JPY",
          "5",
          "JPY");

  @Test
  void aPageIsTheJsonThatJsonBWritesMemberForMember() throws Exception {
    TransactionPage page = new TransactionPage(List.of(FULL, SPARSE), "c1.abc", 10_000, false);

    assertThat(written(page)).isEqualTo(jsonb(page));
  }

  @Test
  void theLastPageHasNoNextAndAnExactTotal() throws Exception {
    JsonObject last = written(new TransactionPage(List.of(SPARSE), null, 1, true));

    assertThat(last.containsKey("next")).isFalse();
    assertThat(last.getJsonNumber("total").longValueExact()).isEqualTo(1);
    assertThat(last.getBoolean("totalIsExact")).isTrue();
    JsonObject item = last.getJsonArray("items").getJsonObject(0);
    assertThat(item.containsKey("cardholderId")).isFalse();
    assertThat(item.containsKey("postingDate")).isFalse();
    assertThat(item.getString("amount")).isEqualTo("5");
    assertThat(item.getJsonNumber("cardId").longValueExact()).isEqualTo(18);
  }

  @Test
  void onlyTransactionPagesAreItsToWrite() {
    TransactionPageWriter writer = new TransactionPageWriter();

    assertThat(writer.isWriteable(TransactionPage.class, null, null, null)).isTrue();
    assertThat(writer.isWriteable(TransactionView.class, null, null, null)).isFalse();
    assertThat(writer.isWriteable(Object.class, null, null, null)).isFalse();
  }

  private static JsonObject written(TransactionPage page) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TransactionPageWriter()
        .writeTo(page, TransactionPage.class, TransactionPage.class, null, null, null, out);
    return parse(out.toString(StandardCharsets.UTF_8));
  }

  private static JsonObject jsonb(TransactionPage page) throws Exception {
    try (var jsonb = JsonbBuilder.create()) {
      return parse(jsonb.toJson(page));
    }
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
