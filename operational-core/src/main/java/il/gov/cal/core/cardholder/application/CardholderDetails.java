package il.gov.cal.core.cardholder.application;

import il.gov.cal.core.cardholder.domain.Cardholder;
import il.gov.cal.core.cardholder.domain.PersonalData;
import java.util.Optional;

/**
 * A cardholder with its decrypted personal data, for an organisation administrator.
 *
 * @param cardholder the cardholder
 * @param personalData the decrypted data, or empty when none is stored or it does not decrypt
 */
public record CardholderDetails(Cardholder cardholder, Optional<PersonalData> personalData) {}
