package il.gov.cal.core.cardholder.domain;

/** A cardholder field held only encrypted, named by the column that stores it. */
public enum PersonalField {
  /** The national id, nine digits. */
  NATIONAL_ID("national_id_enc"),
  /** The email address. */
  EMAIL("email_enc"),
  /** The phone number. */
  PHONE("phone_enc");

  private final String column;

  PersonalField(String column) {
    this.column = column;
  }

  /** The column that stores the ciphertext, also its encryption-context field name. */
  public String column() {
    return column;
  }
}
