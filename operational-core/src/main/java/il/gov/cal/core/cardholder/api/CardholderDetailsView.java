package il.gov.cal.core.cardholder.api;

import il.gov.cal.core.cardholder.application.CardholderDetails;
import il.gov.cal.core.cardholder.domain.Cardholder;
import il.gov.cal.core.cardholder.domain.PersonalData;

/**
 * One cardholder as an organisation administrator sees it: email and phone in clear, the national
 * id only masked (its last three digits). When the stored personal data cannot be decrypted for
 * this row, {@code personalData} is {@code UNAVAILABLE} and the three fields are null; when none
 * was stored (cardholders created by the issuer-file import), it is {@code NONE}.
 *
 * @param id the cardholder id
 * @param unitId the unit the cardholder belongs to
 * @param externalRef the issuer files' id for the person
 * @param employeeId the employer's id, or null
 * @param firstName given name
 * @param lastName family name
 * @param status ACTIVE or INACTIVE
 * @param personalData AVAILABLE, UNAVAILABLE or NONE
 * @param nationalIdMasked six asterisks and the national id's last three digits, or null
 * @param email the email address, or null
 * @param phone the phone number, or null
 */
public record CardholderDetailsView(
    Long id,
    long unitId,
    String externalRef,
    String employeeId,
    String firstName,
    String lastName,
    String status,
    String personalData,
    String nationalIdMasked,
    String email,
    String phone) {

  static CardholderDetailsView of(CardholderDetails details) {
    Cardholder c = details.cardholder();
    PersonalData data = details.personalData().orElse(null);
    String availability = data != null ? "AVAILABLE" : c.hasPersonalData() ? "UNAVAILABLE" : "NONE";
    return new CardholderDetailsView(
        c.id(),
        c.unitId(),
        c.externalRef(),
        c.employeeId(),
        c.firstName(),
        c.lastName(),
        c.status().name(),
        availability,
        data == null ? null : data.nationalId().masked(),
        data == null ? null : data.email(),
        data == null ? null : data.phone());
  }

  @Override
  public String toString() {
    return "CardholderDetailsView[id=" + id + ", personalData=" + personalData + "]";
  }
}
