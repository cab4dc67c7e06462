package il.gov.cal.odsquery.export;

import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsaccess.document.TransactionDocument.Merchant;
import il.gov.cal.odsaccess.money.MinorUnits;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The CSV layout of a transaction export (RFC 4180, UTF-8, CRLF line ends), one header line then
 * one line per transaction. Columns, in order:
 *
 * <ol>
 *   <li>{@code id}: transaction id
 *   <li>{@code transaction_date}, {@code posting_date}: {@code yyyy-MM-dd}
 *   <li>{@code card_last4}: last four digits of the card, never the full number
 *   <li>{@code cardholder_id}, {@code cardholder_name}
 *   <li>{@code unit_id}, {@code unit_name}: the unit the card is charged to
 *   <li>{@code merchant}, {@code merchant_city}, {@code merchant_country} (ISO 3166 numeric)
 *   <li>{@code mcc}, {@code category}: merchant category code and its description
 *   <li>{@code kind}: PURCHASE, REFUND, REVERSAL, PAYMENT or CREDIT_ADJUSTMENT; {@code status}
 *   <li>{@code amount}, {@code currency}: original amount, exact decimal, negative for credits
 *   <li>{@code billing_amount}, {@code billing_currency}: as charged to the card
 * </ol>
 *
 * <p>Text cells that begin with {@code = + - @}, a tab or a carriage return are prefixed with an
 * apostrophe, so a spreadsheet shows them as text instead of running them as a formula. Amount and
 * id cells are numbers written by this class and are left as they are (a credit starts with a
 * minus).
 */
public final class TransactionCsv {

  /** The header line's column names. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "transaction_date",
          "posting_date",
          "card_last4",
          "cardholder_id",
          "cardholder_name",
          "unit_id",
          "unit_name",
          "merchant",
          "merchant_city",
          "merchant_country",
          "mcc",
          "category",
          "kind",
          "status",
          "amount",
          "currency",
          "billing_amount",
          "billing_currency");

  private TransactionCsv() {}

  /** Writes the header line. */
  public static void writeHeader(Writer out) throws IOException {
    out.write(String.join(",", COLUMNS));
    out.write("\r\n");
  }

  /** Writes one transaction as one line. */
  public static void writeRow(Writer out, TransactionDocument t) throws IOException {
    Merchant m = t.merchant() == null ? new Merchant(null, null, null, null, null) : t.merchant();
    String[] cells = {
      number(t.id()),
      text(t.transactionDate()),
      text(t.postingDate()),
      text(t.cardLast4()),
      number(t.cardholderId()),
      text(t.cardholderName()),
      number(t.unitId()),
      text(t.unitName()),
      text(m.name()),
      text(m.city()),
      text(m.country()),
      text(m.mcc()),
      text(m.mccDescription()),
      text(t.kind()),
      text(t.status()),
      MinorUnits.toDecimal(t.originalAmountMinor(), t.originalCurrency()),
      text(t.originalCurrency()),
      MinorUnits.toDecimal(t.billingAmountMinor(), t.billingCurrency()),
      text(t.billingCurrency())
    };
    out.write(String.join(",", cells));
    out.write("\r\n");
  }

  /** A text cell: neutralised against formulas, then quoted when it must be. */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String cell = value;
    char first = cell.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      cell = "'" + cell;
    }
    if (cell.indexOf(',') >= 0
        || cell.indexOf('"') >= 0
        || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0) {
      cell = '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }

  private static String number(Long value) {
    return value == null ? "" : value.toString();
  }
}
