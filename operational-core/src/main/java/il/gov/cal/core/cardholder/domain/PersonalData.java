package il.gov.cal.core.cardholder.domain;

/**
 * A cardholder's decrypted personal data, for an organisation administrator's view of one
 * cardholder. {@link #toString()} shows none of it.
 *
 * @param nationalId the national id
 * @param email the email address, or null
 * @param phone the phone number, or null
 */
public record PersonalData(NationalId nationalId, String email, String phone) {

  @Override
  public String toString() {
    return "PersonalData[redacted]";
  }
}
