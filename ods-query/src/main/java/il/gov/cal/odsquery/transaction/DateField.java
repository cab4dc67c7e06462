package il.gov.cal.odsquery.transaction;

import il.gov.cal.odsaccess.document.TransactionDocument.Fields;

/** Which date of a transaction a date range and a date sort apply to. */
public enum DateField {
  /** The day the card was used. */
  TRANSACTION(Fields.TRANSACTION_DATE),
  /** The day the issuer posted it to the card's billing. */
  POSTING(Fields.POSTING_DATE);

  private final String field;

  DateField(String field) {
    this.field = field;
  }

  /** The indexed field. */
  public String field() {
    return field;
  }
}
