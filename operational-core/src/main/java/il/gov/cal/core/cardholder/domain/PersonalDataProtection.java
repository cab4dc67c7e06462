package il.gov.cal.core.cardholder.domain;

/**
 * How a cardholder's personal data is turned into what the database may hold: ciphertext for each
 * value and a keyed blind index for looking a national id up. The core stores only what this
 * returns, so a value that cannot be protected is not stored at all.
 */
public interface PersonalDataProtection {

  /** Ciphertext of a value, or null if it cannot be protected (then nothing is stored). */
  byte[] encrypt(String value);

  /** The keyed blind index of a national id, or null if none can be computed. */
  String blindIndex(NationalId nationalId);
}
