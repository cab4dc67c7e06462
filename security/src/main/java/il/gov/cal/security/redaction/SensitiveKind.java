package il.gov.cal.security.redaction;

/** The kinds of sensitive value the {@link Redactor} recognises, as reported by a scan. */
public enum SensitiveKind {
  /** A payment card number (PAN) that passes the Luhn check. */
  CARD_NUMBER,
  /** An Israeli national id (Teudat Zehut) that passes its check digit. */
  NATIONAL_ID,
  /** The value of a field whose name marks it as secret, such as {@code pin=} or {@code "otp":}. */
  SECRET_FIELD,
  /** The credential that follows the word {@code Bearer}. */
  BEARER_TOKEN,
  /** A JSON Web Token: three base64url segments, the first being a JSON header. */
  JWT
}
