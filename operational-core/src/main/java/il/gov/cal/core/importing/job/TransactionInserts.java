package il.gov.cal.core.importing.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts transactions in multi-row {@code INSERT IGNORE} statements: a row whose issuer reference
 * is already stored is skipped by the unique key, and the statement's update count says how many
 * were new, so duplicates are counted without a read. One statement carries up to {@value #ROWS}
 * rows, far below the server's packet and placeholder limits.
 */
final class TransactionInserts {

  static final int ROWS = 500;

  private static final String COLUMNS =
      "org_id, card_id, issuer_ref, kind, type_code, transaction_date, posting_date,"
          + " original_amount_minor, original_currency, billing_amount_minor, billing_currency,"
          + " merchant_name, merchant_city, merchant_country, mcc, mcc_description, status,"
          + " import_id";
  private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'POSTED', ?)";

  private TransactionInserts() {}

  /** A row to insert: the transaction and the id of its card. */
  record Row(ImportItem.Transaction transaction, long cardId) {}

  /**
   * Inserts {@code rows} into {@code table} on {@code c}.
   *
   * @return how many rows were new; the rest were duplicates
   */
  static int insert(Connection c, String table, long organisationId, long importId, List<Row> rows)
      throws SQLException {
    int inserted = 0;
    for (int from = 0; from < rows.size(); from += ROWS) {
      List<Row> slice = rows.subList(from, Math.min(rows.size(), from + ROWS));
      String sql =
          "INSERT IGNORE INTO "
              + table
              + " ("
              + COLUMNS
              + ") VALUES "
              + String.join(", ", Collections.nCopies(slice.size(), ROW));
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int p = 1;
        for (Row row : slice) {
          p = bind(s, p, organisationId, importId, row);
        }
        inserted += s.executeUpdate();
      }
    }
    return inserted;
  }

  private static int bind(PreparedStatement s, int p, long organisationId, long importId, Row row)
      throws SQLException {
    ImportItem.Transaction t = row.transaction();
    s.setLong(p++, organisationId);
    s.setLong(p++, row.cardId());
    s.setString(p++, t.issuerRef());
    s.setString(p++, t.kind());
    s.setString(p++, t.typeCode());
    s.setObject(p++, t.transactionDate());
    s.setObject(p++, t.postingDate());
    s.setLong(p++, t.originalMinor());
    s.setString(p++, t.originalCurrency());
    s.setLong(p++, t.billingMinor());
    s.setString(p++, t.billingCurrency());
    s.setString(p++, t.merchantName());
    s.setString(p++, t.merchantCity());
    s.setString(p++, t.merchantCountry());
    s.setString(p++, t.mcc());
    s.setString(p++, t.mccDescription());
    s.setLong(p++, importId);
    return p;
  }
}
