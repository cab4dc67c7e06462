package il.gov.cal.core.cardholder.domain;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The protection in force until the platform's field encryption ({@code FieldCipher} and {@code
 * BlindIndex} in the security module) is available to the core: nothing personal is stored. The
 * national id is still validated on enrolment, but {@code national_id_enc}, {@code
 * national_id_idx}, {@code email_enc} and {@code phone_enc} stay null, so the portal cannot show a
 * cardholder's email or phone and a cardholder cannot yet be found by national id. Replacing this
 * class with one delegating to the security module's cipher restores both; no other code changes.
 */
@ApplicationScoped
public class NothingStored implements PersonalDataProtection {

  @Override
  public byte[] encrypt(String value) {
    return null;
  }

  @Override
  public String blindIndex(NationalId nationalId) {
    return null;
  }
}
