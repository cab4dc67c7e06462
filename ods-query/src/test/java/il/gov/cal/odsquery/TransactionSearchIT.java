package il.gov.cal.odsquery;

import static il.gov.cal.odsaccess.testing.OdsDocuments.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transaction search: filters, amounts, sorting, pages and cursors. */
class TransactionSearchIT extends OdsQueryServerTestBase {

  @Test
  void aUnitFilterTakesInItsSubUnits() throws Exception {
    JsonObject finance = json(get("/ods/transactions?unit=4&size=200&from=2025-02-01", ORG));
    JsonObject procurement = json(get("/ods/transactions?unit=9&size=200", ORG));

    assertThat(ids(finance)).hasSize(19);
    assertThat(ids(procurement)).hasSize(8);
  }

  @Test
  void filtersCombine() throws Exception {
    JsonObject page =
        json(
            get(
                "/ods/transactions?from=2025-02-05&to=2025-02-20&minAmount=60.00&maxAmount=150"
                    + "&mcc=5943&status=POSTED&kind=PURCHASE&merchant=office%20depot",
                ORG));

    assertThat(ids(page)).containsExactly(15L, 10L);
  }

  @Test
  void amountsComeBackAsExactDecimalsInBothCurrencies() throws Exception {
    JsonObject item =
        json(get("/ods/transactions?currency=USD", ORG)).getJsonArray("items").getJsonObject(0);

    assertThat(item.getString("amount")).isEqualTo("50.00");
    assertThat(item.getString("currency")).isEqualTo("USD");
    assertThat(item.getString("billingCurrency")).isEqualTo("ILS");
    assertThat(item.getString("merchant")).isEqualTo("Amazon, \"US\"");
  }

  @Test
  void sortByAmountAscendingPutsCreditsFirst() throws Exception {
    JsonObject page = json(get("/ods/transactions?sort=amount&size=3", ORG));

    assertThat(ids(page)).containsExactly(27L, 1L, 2L);
  }

  @Test
  void pagesAreDisjointCompleteAndStableWhileNewTransactionsArrive() throws Exception {
    String filter = "/ods/transactions?size=10";
    JsonObject first = json(get(filter, PAGING_ORG));
    JsonObject second =
        json(get(filter + "&cursor=" + encode(first.getString("next")), PAGING_ORG));
    List<Long> seen = new ArrayList<>(ids(first));
    seen.addAll(ids(second));
    ods.index(
        "transactions",
        List.of(transaction(500, PAGING_ORG, 60, PAGING, "Late", "5411", "2025-02-02", 1, "ILS")));

    String next = second.getString("next");
    while (next != null) {
      JsonObject page = json(get(filter + "&cursor=" + encode(next), PAGING_ORG));
      seen.addAll(ids(page));
      next = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
    }

    assertThat(seen).hasSize(25).doesNotHaveDuplicates().doesNotContain(500L);
    assertThat(seen.get(0)).isEqualTo(225L);
    assertThat(seen.get(24)).isEqualTo(201L);
  }

  @Test
  void anAlteredCursorIsRefusedWithTheReason() throws Exception {
    String next = json(get("/ods/transactions?size=2", ORG)).getString("next");
    String altered = (next.charAt(5) == 'A' ? "B" : "A");
    altered = next.substring(0, 5) + altered + next.substring(6);

    HttpResponse<String> response = get("/ods/transactions?size=2&cursor=" + encode(altered), ORG);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("invalid-cursor").contains("altered");
  }

  @Test
  void aCursorUsedWithOtherFiltersOrByAnotherOrganisationIsRefused() throws Exception {
    String next = json(get("/ods/transactions?size=2", ORG)).getString("next");

    HttpResponse<String> otherFilter =
        get("/ods/transactions?size=2&mcc=5812&cursor=" + encode(next), ORG);
    HttpResponse<String> otherOrg = get("/ods/transactions?size=2&cursor=" + encode(next), 2);

    assertThat(otherFilter.statusCode()).isEqualTo(400);
    assertThat(otherFilter.body()).contains("different query");
    assertThat(otherOrg.statusCode()).isEqualTo(400);
  }

  @Test
  void invalidFiltersAreRefusedWithTheReason() throws Exception {
    assertThat(get("/ods/transactions?from=2025-02-30", ORG).body()).contains("invalid-date");
    assertThat(get("/ods/transactions?from=2025-03-01&to=2025-02-01", ORG).body())
        .contains("from must not be after to");
    assertThat(get("/ods/transactions?minAmount=abc", ORG).body()).contains("invalid-amount");
    assertThat(get("/ods/transactions?size=5000", ORG).statusCode()).isEqualTo(400);
    assertThat(get("/ods/transactions?sort=merchant", ORG).statusCode()).isEqualTo(400);
  }
}
