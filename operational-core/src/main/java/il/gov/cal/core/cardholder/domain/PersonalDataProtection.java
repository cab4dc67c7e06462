package il.gov.cal.core.cardholder.domain;

import java.util.Optional;

/**
 * How a cardholder's personal data is turned into what the database may hold and back: ciphertext
 * of each value, bound to the caller's organisation, the cardholder table, the field and the
 * cardholder's id, and a keyed blind index for looking a national id up. The core stores only what
 * this returns.
 */
public interface PersonalDataProtection {

  /**
   * Encrypts a value for one field of one cardholder of the caller's organisation.
   *
   * @param field the field
   * @param cardholderId the cardholder's id, already assigned
   * @param value the value, not null
   * @return the ciphertext to store
   */
  byte[] encrypt(PersonalField field, long cardholderId, String value);

  /**
   * Decrypts a stored value of one field of one cardholder of the caller's organisation.
   *
   * @param field the field
   * @param cardholderId the cardholder's id
   * @param ciphertext the stored ciphertext
   * @return the value, or empty when the ciphertext does not decrypt for this organisation, field
   *     and cardholder (damaged, or copied from another row or tenant)
   */
  Optional<String> decrypt(PersonalField field, long cardholderId, byte[] ciphertext);

  /**
   * The keyed blind index of a national id in the caller's organisation.
   *
   * @param nationalId the national id
   * @return 64 lowercase hex characters
   */
  String blindIndex(NationalId nationalId);
}
