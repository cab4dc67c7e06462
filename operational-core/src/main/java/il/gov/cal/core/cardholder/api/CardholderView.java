package il.gov.cal.core.cardholder.api;

import il.gov.cal.core.cardholder.domain.Cardholder;

/**
 * A cardholder as the API shows it: no national id, email or phone, ever.
 *
 * @param id the cardholder id
 * @param unitId the unit the cardholder belongs to
 * @param externalRef the issuer files' id for the person
 * @param employeeId the employer's id, or null
 * @param firstName given name
 * @param lastName family name
 * @param status ACTIVE or INACTIVE
 */
public record CardholderView(
    Long id,
    long unitId,
    String externalRef,
    String employeeId,
    String firstName,
    String lastName,
    String status) {

  static CardholderView of(Cardholder c) {
    return new CardholderView(
        c.id(),
        c.unitId(),
        c.externalRef(),
        c.employeeId(),
        c.firstName(),
        c.lastName(),
        c.status().name());
  }
}
