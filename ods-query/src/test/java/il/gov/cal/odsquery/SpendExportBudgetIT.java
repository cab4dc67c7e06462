package il.gov.cal.odsquery;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.identity.Role;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Spend analytics, the CSV export and the budget view, whose figures are checked to the minor unit
 * against what the operational core's rule gives for the same transactions.
 */
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

    // Finance's subtree: the purchases i * 10.00 of every i in 1..25 not a multiple of 3, 2170.00;
    // Procurement's: i = 2, 5, ..., 23, 1000.00. The March transactions are another period.
    assertThat(budgets).hasSize(2);
    JsonObject finance = budgets.getJsonObject(0);
    assertThat(finance.getString("unitName")).isEqualTo("Finance");
    assertThat(finance.getString("allocated")).isEqualTo("50000.00");
    assertThat(finance.getString("spent")).isEqualTo("2170.00");
    assertThat(finance.getString("refunded")).isEqualTo("0.00");
    assertThat(finance.getString("available")).isEqualTo("47830.00");
    assertThat(budgets.getJsonObject(1).getString("spent")).isEqualTo("1000.00");
    assertThat(budgets.getJsonObject(1).getString("available")).isEqualTo("19000.00");
    assertThat(get("/ods/budgets?period=2025-13", ORG).statusCode()).isEqualTo(400);
  }

  @Test
  void budgetFiguresCountEachKindOverTheSubtreeAsTheCoreDoes() throws Exception {
    JsonArray april = jsonArray(get("/ods/budgets?period=2025-04", BUDGET_ORG));

    // Office IT: purchase 1200.50, reversal -200.00, credit adjustments -10.00 and +2.00 are
    // spent, 992.50; the refund of 50.25 is refunded; the payment, the USD purchase and May's
    // purchase count for nothing, nor does another organisation's transaction under unit 71.
    assertThat(april).hasSize(3);
    assertThat(april.getJsonObject(1).getString("unitName")).isEqualTo("Office IT");
    assertFigures(april.getJsonObject(1), "ILS", "3000.00", "992.50", "50.25", "2057.75");
    // Office and its subtree: 992.50 + 3000.00 + Office abroad's ILS purchase of 60.00 spent,
    // 50.25 + 100.00 refunded; the payment of 5000.00 and March's purchase are left out.
    assertThat(april.getJsonObject(0).getString("unitName")).isEqualTo("Office");
    assertFigures(april.getJsonObject(0), "ILS", "10000.00", "4052.50", "150.25", "6097.75");
    // Office abroad's budget is in USD: only its USD transactions count.
    assertFigures(april.getJsonObject(2), "USD", "100.00", "25.00", "5.00", "80.00");
  }

  @Test
  void aYearBudgetCountsTheWholeYearAndAMonthOnlyItsOwnDays() throws Exception {
    JsonArray year = jsonArray(get("/ods/budgets?period=2025", BUDGET_ORG));
    JsonArray may = jsonArray(get("/ods/budgets?period=2025-05", BUDGET_ORG));

    // April's 4052.50 with March's 7777.00 and May's 8888.00.
    assertThat(year).hasSize(1);
    assertThat(year.getJsonObject(0).getString("period")).isEqualTo("2025");
    assertFigures(year.getJsonObject(0), "ILS", "50000.00", "20717.50", "150.25", "29432.75");
    // The streamed spent column of 999.00 is not a figure: May holds one purchase of 8888.00.
    assertThat(may).hasSize(1);
    assertThat(may.getJsonObject(0).getString("period")).isEqualTo("2025-05");
    assertFigures(may.getJsonObject(0), "ILS", "1000.00", "8888.00", "0.00", "-7888.00");
  }

  @Test
  void aUnitManagersBudgetsHaveTheSameFiguresWithinItsSubtree() throws Exception {
    String manager = token(request("office-it-manager", BUDGET_ORG, OFFICE_IT, Role.UNIT_MANAGER));

    JsonArray april = jsonArray(send("/ods/budgets?period=2025-04", manager));
    JsonArray parent = jsonArray(send("/ods/budgets?period=2025-04&unit=70", manager));

    assertThat(april).hasSize(1);
    assertFigures(april.getJsonObject(0), "ILS", "3000.00", "992.50", "50.25", "2057.75");
    assertThat(parent).hasSize(1);
    assertThat(parent.getJsonObject(0).getJsonNumber("unitId").longValue()).isEqualTo(71L);
  }

  @Test
  void theKindFilterTakesPaymentsAndCreditAdjustments() throws Exception {
    JsonObject page =
        json(get("/ods/transactions?kind=PAYMENT&kind=CREDIT_ADJUSTMENT&size=200", BUDGET_ORG));

    assertThat(ids(page)).containsExactlyInAnyOrder(704L, 705L, 706L, 711L);
  }

  private static void assertFigures(
      JsonObject budget,
      String currency,
      String allocated,
      String spent,
      String refunded,
      String available) {
    assertThat(budget.getString("currency")).isEqualTo(currency);
    assertThat(budget.getString("allocated")).isEqualTo(allocated);
    assertThat(budget.getString("spent")).isEqualTo(spent);
    assertThat(budget.getString("refunded")).isEqualTo(refunded);
    assertThat(budget.getString("available")).isEqualTo(available);
  }
}
