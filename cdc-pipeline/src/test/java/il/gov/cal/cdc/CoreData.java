package il.gov.cal.cdc;

import java.sql.SQLException;

/** Seed rows for the operational core, written as cal_admin. */
public final class CoreData {

  private CoreData() {}

  /** Organisation 1; units 1 (root) and 2 (child); cardholder 1 in unit 2; card 1; budget 1. */
  public static void seed() throws SQLException {
    seed(
        "INSERT INTO card (id, org_id, cardholder_id, unit_id, issuer_token_idx,"
            + " issuer_token_enc, last4, expiry, product, status) VALUES (1, 1, 1, 2,"
            + " 'tok-SECRET-idx', x'FEEDFACE', '4242', '2028-01', 'CORP', 'ACTIVE')");
  }

  /**
   * The rows of {@link #seed()} in a core before schema 4, where card 1 still holds its issuer
   * token in clear ({@value #CLEAR_TOKEN}).
   */
  public static void seedBeforeTokenEncryption() throws SQLException {
    seed(
        "INSERT INTO card (id, org_id, cardholder_id, unit_id, issuer_token, last4, expiry,"
            + " product, status) VALUES (1, 1, 1, 2, '"
            + CLEAR_TOKEN
            + "', '4242', '2028-01', 'CORP', 'ACTIVE')");
  }

  /** Card 1's issuer token in a core before schema 4. */
  public static final String CLEAR_TOKEN = "tok-CLEAR-7311";

  private static void seed(String card) throws SQLException {
    TestEnvironment.sql(
        "cal_core",
        "INSERT INTO organisation (id, code, name) VALUES (1, 'MOF', 'Ministry of Finance')",
        "INSERT INTO unit (id, org_id, parent_id, code, name, path, depth)"
            + " VALUES (1, 1, NULL, 'HQ', 'Headquarters', '/1/', 0)",
        "INSERT INTO unit (id, org_id, parent_id, code, name, path, depth)"
            + " VALUES (2, 1, 1, 'PROC', 'Procurement', '/1/2/', 1)",
        "INSERT INTO cardholder (id, org_id, unit_id, external_ref, first_name, last_name,"
            + " national_id_enc, national_id_idx, email_enc, phone_enc, status)"
            + " VALUES (1, 1, 2, 'EXT-1', 'Dana', 'Levi', x'DEADBEEF', 'idx-secret',"
            + " x'CAFEBABE', x'0BADF00D', 'ACTIVE')",
        card,
        "INSERT INTO budget (id, org_id, unit_id, fiscal_year, fiscal_month, currency,"
            + " allocated_minor, spent_minor) VALUES (1, 1, 2, 2026, NULL, 'ILS', 1000000, 12345)");
  }

  /** A purchase on card 1. */
  public static String transaction(long id, long amountMinor) {
    return transaction(id, amountMinor, "PURCHASE", "05");
  }

  /** A transaction of the given kind and issuer type code on card 1. */
  public static String transaction(long id, long amountMinor, String kind, String typeCode) {
    return "INSERT INTO card_transaction (id, org_id, card_id, issuer_ref, kind, type_code,"
        + " transaction_date, posting_date, original_amount_minor, original_currency,"
        + " billing_amount_minor, billing_currency, merchant_name, merchant_city,"
        + " merchant_country, mcc, mcc_description, status) VALUES ("
        + id
        + ", 1, 1, 'REF-"
        + id
        + "', '"
        + kind
        + "', '"
        + typeCode
        + "', '2026-03-01', '2026-03-02', "
        + amountMinor
        + ", 'ILS', "
        + amountMinor
        + ", 'ILS', 'Office Depot', 'Tel Aviv', '376', '5943', 'Stationery Stores', 'POSTED')";
  }
}
