package il.gov.cal.odsquery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Spend analytics, the CSV export and the budget view. */
class SpendExportBudgetIT extends OdsQueryServerTestBase {

  @Test
  void spendIsGroupedByUnitCategoryMonthAndMerchant() throws Exception {
    String period = "from=2025-02-01&to=2025-02-28";
    JsonArray byUnit = jsonArray(get("/ods/spend/by-unit?" + period, ORG));
    JsonArray byCategory = jsonArray(get("/ods/spend/by-category?" + period, ORG));
    JsonArray byMonth = jsonArray(get("/ods/spend/by-month?unit=1", ORG));
    JsonArray merchants = jsonArray(get("/ods/spend/top-merchants?" + period + "&limit=1", ORG));

    // Procurement: 2, 5, 8, ..., 23: 8 transactions of i * 10.00, 1000.00 in all
    JsonObject procurement = find(byUnit, "9");
    assertThat(procurement.getString("label")).isEqualTo("Procurement");
    assertThat(procurement.getInt("transactions")).isEqualTo(8);
    assertThat(procurement.getJsonArray("totals").getJsonObject(0).getString("amount"))
        .isEqualTo("1000.00");
    assertThat(find(byCategory, "5943").getString("label")).isEqualTo("Category 5943");
    assertThat(byMonth).hasSize(2);
    assertThat(byMonth.getJsonObject(0).getString("key")).isEqualTo("2025-02");
    assertThat(merchants).hasSize(1);
    assertThat(merchants.getJsonObject(0).getString("key")).isEqualTo("Cafe Landwer");
  }

  @Test
  void exportStreamsEveryMatchAsCsvAcrossBatches() throws Exception {
    HttpResponse<String> response = get("/ods/transactions/export?sort=date", EXPORT_ORG);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String[] lines = response.body().split("\r\n");
    assertThat(lines).hasSize(2501);
    assertThat(lines[0])
        .isEqualTo(
            "\uFEFFid,transaction_date,posting_date,card_last4,"
                + "cardholder_id,cardholder_name,unit_id,unit_name,merchant,merchant_city,"
                + "merchant_country,mcc,category,kind,status,amount,currency,billing_amount,"
                + "billing_currency");
    Set<String> ids = new HashSet<>();
    for (int i = 1; i < lines.length; i++) {
      ids.add(lines[i].substring(0, lines[i].indexOf(',')));
    }
    assertThat(ids).hasSize(2500);
  }

  @Test
  void exportEscapesCellsAndNeutralisesFormulas() throws Exception {
    String csv = get("/ods/transactions/export?card=18&sort=date", ORG).body();

    assertThat(csv).contains(",\"Amazon, \"\"US\"\"\",");
    assertThat(csv).contains(",\"'=HYPERLINK(\"\"x\"\")\",");
    assertThat(csv).contains(",-7.00,ILS,-7.00,ILS\r\n");
  }

  @Test
  void budgetsShowAllocatedSpentAndAvailablePerUnit() throws Exception {
    JsonArray budgets = jsonArray(get("/ods/budgets?period=2025-02&unit=4", ORG));

    assertThat(budgets).hasSize(2);
    JsonObject finance = budgets.getJsonObject(0);
    assertThat(finance.getString("unitName")).isEqualTo("Finance");
    assertThat(finance.getString("allocated")).isEqualTo("50000.00");
    assertThat(finance.getString("available")).isEqualTo("37999.50");
    assertThat(budgets.getJsonObject(1).getString("available")).isEqualTo("-5000.00");
    assertThat(get("/ods/budgets?period=2025-13", ORG).statusCode()).isEqualTo(400);
  }
}
