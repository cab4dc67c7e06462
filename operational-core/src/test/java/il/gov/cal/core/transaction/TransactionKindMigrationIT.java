package il.gov.cal.core.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.TestStack;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V3 on the real MariaDB: transactions stored as REFUND before payments and credit
 * adjustments had kinds of their own take the kind of their type code; true refunds stay.
 */
class TransactionKindMigrationIT {

  @Test
  void refundsStoredForPaymentAndAdjustmentCodesTakeTheirOwnKinds() throws Exception {
    EmbeddedDatabase db = TestStack.database();
    String schema = "cal_kinds_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection admin = db.connectAsAdmin("");
        Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + schema);
    }
    migrate(db, schema, "2");
    try (Connection c = db.connectAsAdmin(schema);
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO organisation (code, name) VALUES ('K', 'Kinds')");
      s.execute(
          "INSERT INTO unit (org_id, code, name, path, depth) VALUES (1, 'U', 'U', '/1/', 0)");
      s.execute(
          "INSERT INTO card (org_id, unit_id, issuer_token, last4, product, status)"
              + " VALUES (1, 1, 'token', '1234', 'PHYSICAL', 'ACTIVE')");
      insert(s, "R10", "PURCHASE", "10", 1000);
      insert(s, "R11", "REFUND", "11", -100);
      insert(s, "R61", "REFUND", "61", -200);
      insert(s, "R65", "REFUND", "65", -300);
      insert(s, "R71", "REFUND", "71", -400);
      insert(s, "R73", "REFUND", "73", -500);
    }

    migrate(db, schema, "3");

    try (Connection c = db.connectAsAdmin(schema);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT issuer_ref, kind, billing_amount_minor FROM card_transaction"
                    + " ORDER BY issuer_ref")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3));
      }
      assertThat(rows)
          .containsExactly(
              "R10 PURCHASE 1000",
              "R11 REFUND -100",
              "R61 PAYMENT -200",
              "R65 PAYMENT -300",
              "R71 CREDIT_ADJUSTMENT -400",
              "R73 CREDIT_ADJUSTMENT -500");
    }
  }

  private static void migrate(EmbeddedDatabase db, String schema, String target) {
    Flyway.configure()
        .dataSource(db.jdbcUrl(schema), "cal_admin", EmbeddedDatabase.LOCAL_PASSWORD)
        .locations("classpath:db/core")
        .target(target)
        .load()
        .migrate();
  }

  private static void insert(Statement s, String ref, String kind, String typeCode, long minor)
      throws Exception {
    s.execute(
        "INSERT INTO card_transaction (org_id, card_id, issuer_ref, kind, type_code,"
            + " transaction_date, posting_date, original_amount_minor, original_currency,"
            + " billing_amount_minor, billing_currency, merchant_name, mcc, status) VALUES (1, 1, '"
            + ref
            + "', '"
            + kind
            + "', '"
            + typeCode
            + "', '2026-03-01', '2026-03-02', "
            + minor
            + ", 'ILS', "
            + minor
            + ", 'ILS', 'Merchant', '5111', 'POSTED')");
  }
}
