package il.gov.cal.odsquery.aggregation;

import il.gov.cal.odsaccess.document.TransactionDocument.Fields;
import il.gov.cal.odsquery.transaction.DateField;

/** What spend is grouped by, with the indexed fields that group and name it. */
public enum SpendDimension {
  /** The unit each card is charged to. */
  UNIT(Fields.UNIT_ID, Fields.UNIT_NAME_EXACT),
  /** The merchant category code, named by its description. */
  CATEGORY(Fields.MCC, Fields.MCC_DESCRIPTION_EXACT),
  /** The calendar month of the filter's date field. */
  MONTH(null, null),
  /** The merchant, by exact name. */
  MERCHANT(Fields.MERCHANT_NAME_EXACT, null);

  private final String keyField;
  private final String labelField;

  SpendDimension(String keyField, String labelField) {
    this.keyField = keyField;
    this.labelField = labelField;
  }

  /** The field grouped on; for months, the date the filter ranges over. */
  String keyField(DateField dateField) {
    return this == MONTH ? dateField.field() : keyField;
  }

  /** The field naming each group, or null when the key is its own name. */
  String labelField() {
    return labelField;
  }
}
