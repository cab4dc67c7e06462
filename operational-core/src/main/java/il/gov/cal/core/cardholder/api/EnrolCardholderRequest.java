package il.gov.cal.core.cardholder.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Enrolment of a cardholder. {@code toString()} omits the personal identifiers.
 *
 * @param unitId the unit the cardholder belongs to
 * @param externalRef the issuer files' id for the person, unique in the organisation
 * @param employeeId the employer's id for the person, optional
 * @param firstName given name
 * @param lastName family name
 * @param nationalId Israeli national id (Teudat Zehut), with its check digit
 * @param email optional email address
 * @param phone optional phone number
 */
public record EnrolCardholderRequest(
    @NotNull @Positive Long unitId,
    @NotBlank @Size(max = 64) String externalRef,
    @Size(max = 64) String employeeId,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotBlank String nationalId,
    @Email @Size(max = 200) String email,
    @Pattern(regexp = "\\+?[0-9 -]{7,20}") String phone) {

  @Override
  public String toString() {
    return "EnrolCardholderRequest[unitId=" + unitId + ", externalRef=" + externalRef + "]";
  }
}
