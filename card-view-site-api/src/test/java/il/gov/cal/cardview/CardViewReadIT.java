package il.gov.cal.cardview;

import static il.gov.cal.odsaccess.testing.OdsDocuments.card;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the site shows of the session's card: the card, its transactions and its charges. */
class CardViewReadIT extends CardViewServerTestBase {

  @Test
  void theCardShowsTheLastFourDigitsOnlyAndWhatIsLeftOfItsUnitsBudget() throws Exception {
    HttpResponse<String> response = get("/card-view/card", session(CARD, HOLDER));

    JsonObject card = json(response);
    assertThat(card.getString("maskedNumber")).isEqualTo("**** **** **** 0017");
    assertThat(card.getString("expiry")).isEqualTo("2028-12");
    assertThat(card.getString("unitName")).isEqualTo("Finance");
    // Everything the unit spent this month counts, the other cardholder's 0.01 too; the budget
    // document's own spent column (12,000.50) is not maintained by the core and must not count.
    long spentThisMonth = 1;
    for (Map<String, Object> t : CARD_TRANSACTIONS) {
      LocalDate date = LocalDate.parse((String) t.get("transaction_date"));
      if (date.getYear() == TODAY.getYear() && date.getMonth() == TODAY.getMonth()) {
        spentThisMonth += (Long) t.get("billing_amount_minor");
      }
    }
    assertThat(card.getJsonObject("budget").getString("available"))
        .isEqualTo(BigDecimal.valueOf(50_000_00 - spentThisMonth, 2).toPlainString());
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
  }

  @Test
  void transactionsComeNewestFirstInPagesWithBothCurrencies() throws Exception {
    String session = session(CARD, HOLDER);
    List<Long> ids = new ArrayList<>();
    JsonObject page = json(get("/card-view/transactions?size=20", session));
    page.getJsonArray("items")
        .forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
    JsonObject first = page.getJsonArray("items").getJsonObject(0);
    JsonObject second =
        json(
            get(
                "/card-view/transactions?size=20&cursor=" + encode(page.getString("next")),
                session));
    second
        .getJsonArray("items")
        .forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));

    assertThat(ids).hasSize(30).doesNotHaveDuplicates().doesNotContain(500L);
    assertThat(ids.get(0)).isEqualTo(100L);
    assertThat(ids.get(29)).isEqualTo(129L);
    assertThat(first.getString("amount")).isEqualTo("10.00");
    assertThat(first.getString("currency")).isEqualTo("USD");
    assertThat(first.getString("billingAmount")).isEqualTo("30.00");
    assertThat(first.getString("billingCurrency")).isEqualTo("ILS");
    assertThat(second.containsKey("next")).isFalse();
  }

  @Test
  void aCursorIsBoundToItsCardAndCannotBeAltered() throws Exception {
    String next =
        json(get("/card-view/transactions?size=2", session(CARD, HOLDER))).getString("next");
    String altered = next.substring(0, 4) + (next.charAt(4) == 'A' ? 'B' : 'A') + next.substring(5);

    HttpResponse<String> foreign =
        get("/card-view/transactions?cursor=" + encode(next), session(OTHER_CARD, OTHER_HOLDER));
    HttpResponse<String> tampered =
        get("/card-view/transactions?cursor=" + encode(altered), session(CARD, HOLDER));

    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(foreign.body()).contains("different query");
    assertThat(tampered.statusCode()).isEqualTo(400);
    assertThat(tampered.body()).contains("altered");
  }

  @Test
  void chargesGroupPostedTransactionsByBillingMonthWithExactTotals() throws Exception {
    JsonObject charges = json(get("/card-view/charges?months=3", session(CARD, HOLDER)));

    LocalDate from = TODAY.withDayOfMonth(1).minusMonths(2);
    Map<String, Long> expected = new TreeMap<>(java.util.Comparator.reverseOrder());
    for (Map<String, Object> t : CARD_TRANSACTIONS) {
      LocalDate posted = LocalDate.parse((String) t.get("posting_date"));
      if ("POSTED".equals(t.get("status")) && !posted.isBefore(from)) {
        expected.merge(
            posted.toString().substring(0, 7), (Long) t.get("billing_amount_minor"), Long::sum);
      }
    }
    JsonArray months = charges.getJsonArray("months");
    assertThat(charges.getBoolean("complete")).isTrue();
    assertThat(months).hasSize(expected.size());
    int i = 0;
    for (Map.Entry<String, Long> month : expected.entrySet()) {
      JsonObject view = months.getJsonObject(i++);
      assertThat(view.getString("month")).isEqualTo(month.getKey());
      assertThat(view.getJsonArray("totals").getJsonObject(0).getString("amount"))
          .isEqualTo(java.math.BigDecimal.valueOf(month.getValue(), 2).toPlainString());
    }
  }
}
