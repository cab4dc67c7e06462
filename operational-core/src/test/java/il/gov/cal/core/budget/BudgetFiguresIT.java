package il.gov.cal.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.localstack.TestStack;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Budget figures are exact sums of the transactions written by the import (here: by JDBC). */
class BudgetFiguresIT {

  @Test
  void figuresAreExactSumsOfTheSubtreesTransactionsInThePeriodWithPaymentsCountingAsNothing()
      throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    long ministry = org.createUnit("FIG-M", null);
    long division = org.createUnit("FIG-D", ministry);
    long otherRoot = org.createUnit("FIG-O", null);
    long cardInDivision = requestCard(org, division);
    long cardElsewhere = requestCard(org, otherRoot);
    long budget =
        org.post(
                "/budgets",
                "{\"unitId\":"
                    + ministry
                    + ",\"fiscalYear\":2026,"
                    + "\"allocated\":{\"amount\":\"1000.00\",\"currency\":\"ILS\"}}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();
    CoreClient stranger = CoreClient.forNewOrganisation();
    long strangerCard = requestCard(stranger, stranger.createUnit("FIG-S", null));

    long org1 = org.organisationId();
    insert(org1, cardInDivision, "PURCHASE", "2026-01-15", 10010, "ILS");
    insert(org1, cardInDivision, "PURCHASE", "2026-06-30", 20025, "ILS");
    insert(org1, cardInDivision, "REVERSAL", "2026-07-01", -10010, "ILS");
    insert(org1, cardInDivision, "REFUND", "2026-12-31", -5005, "ILS");
    insert(org1, cardInDivision, "CREDIT_ADJUSTMENT", "2026-08-10", -2525, "ILS");
    insert(org1, cardInDivision, "PAYMENT", "2026-09-01", -30000, "ILS");
    insert(org1, cardInDivision, "PURCHASE", "2025-12-31", 99999, "ILS");
    insert(org1, cardInDivision, "PURCHASE", "2026-03-01", 77777, "USD");
    insert(org1, cardElsewhere, "PURCHASE", "2026-03-01", 55555, "ILS");
    insert(stranger.organisationId(), strangerCard, "PURCHASE", "2026-03-01", 44444, "ILS");

    JsonObject figures = org.get("/budgets/" + budget).expect(200);

    assertThat(amount(figures, "allocated")).isEqualTo("1000.00");
    assertThat(amount(figures, "spent")).isEqualTo("175.00");
    assertThat(amount(figures, "refunded")).isEqualTo("50.05");
    assertThat(amount(figures, "available")).isEqualTo("875.05");
    assertThat(figures.getJsonObject("available").getString("currency")).isEqualTo("ILS");
  }

  @Test
  void transactionsArePagedWithACursorAndFiltered() throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    long unit = org.createUnit("PAGE-U", null);
    long card = requestCard(org, unit);
    for (int day = 1; day <= 5; day++) {
      insert(org.organisationId(), card, "PURCHASE", "2026-02-0" + day, 100 * day, "ILS");
    }

    JsonObject first = org.get("/transactions?cardId=" + card + "&limit=2").expect(200);
    JsonObject second =
        org.get("/transactions?cardId=" + card + "&limit=2&cursor=" + first.getString("next"))
            .expect(200);
    JsonObject ranged =
        org.get("/transactions?unitId=" + unit + "&from=2026-02-02&to=2026-02-03").expect(200);

    assertThat(first.getJsonArray("items")).hasSize(2);
    assertThat(
            first
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("billing")
                .getString("amount"))
        .isEqualTo("1.00");
    assertThat(second.getJsonArray("items").getJsonObject(0).getString("transactionDate"))
        .isEqualTo("2026-02-03");
    assertThat(ranged.getJsonArray("items")).hasSize(2);
    assertThat(!ranged.containsKey("next") || ranged.isNull("next")).isTrue();
  }

  private static long requestCard(CoreClient org, long unit) throws Exception {
    return org.post("/cards", "{\"unitId\":" + unit + ",\"product\":\"VIRTUAL\"}")
        .expect(201)
        .getJsonNumber("id")
        .longValue();
  }

  private static String amount(JsonObject figures, String name) {
    return figures.getJsonObject(name).getString("amount");
  }

  private static void insert(
      long org, long card, String kind, String date, long minor, String currency) throws Exception {
    String sql =
        "INSERT INTO card_transaction (org_id, card_id, issuer_ref, kind, type_code,"
            + " transaction_date, posting_date, original_amount_minor, original_currency,"
            + " billing_amount_minor, billing_currency, merchant_name, mcc, status)"
            + " VALUES (?, ?, ?, ?, '01', ?, ?, ?, ?, ?, ?, 'Office supplies', '5111', 'POSTED')";
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement s = c.prepareStatement(sql)) {
      Date day = Date.valueOf(LocalDate.parse(date));
      s.setLong(1, org);
      s.setLong(2, card);
      s.setString(3, UUID.randomUUID().toString());
      s.setString(4, kind);
      s.setDate(5, day);
      s.setDate(6, day);
      s.setLong(7, minor);
      s.setString(8, currency);
      s.setLong(9, minor);
      s.setString(10, currency);
      s.executeUpdate();
    }
  }
}
