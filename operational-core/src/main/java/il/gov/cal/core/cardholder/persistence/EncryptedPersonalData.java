package il.gov.cal.core.cardholder.persistence;

import il.gov.cal.core.cardholder.domain.NationalId;
import il.gov.cal.core.cardholder.domain.PersonalDataProtection;
import il.gov.cal.core.cardholder.domain.PersonalField;
import il.gov.cal.core.tenancy.CallerTenant;
import il.gov.cal.security.crypto.BlindIndex;
import il.gov.cal.security.crypto.EncryptionContext;
import il.gov.cal.security.crypto.FieldCipher;
import il.gov.cal.security.crypto.FieldDecryptionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cardholder personal data under the platform's field encryption: the security module's {@link
 * FieldCipher} (AWS Encryption SDK; local AES keys in dev and test, KMS in beta and prod) and its
 * {@link BlindIndex}. Every ciphertext's context is the caller's organisation, the table {@code
 * cardholder}, the column and the cardholder's id, so a ciphertext copied to another tenant, column
 * or row does not decrypt; that is reported as absent data and logged with ids only.
 */
@ApplicationScoped
public class EncryptedPersonalData implements PersonalDataProtection {

  private static final Logger log = LoggerFactory.getLogger(EncryptedPersonalData.class);
  private static final String TABLE = "cardholder";
  private static final String NATIONAL_ID_INDEX_FIELD = "national_id";

  /** Before the id, so that no row key is a bare digit run, which reads as a national id. */
  private static final String ROW_PREFIX = "cardholder-";

  @Inject private FieldCipher cipher;
  @Inject private BlindIndex blindIndex;
  @Inject private CallerTenant caller;

  @Override
  public byte[] encrypt(PersonalField field, long cardholderId, String value) {
    return cipher.encrypt(value, context(field, cardholderId));
  }

  @Override
  public Optional<String> decrypt(PersonalField field, long cardholderId, byte[] ciphertext) {
    try {
      return Optional.of(cipher.decrypt(ciphertext, context(field, cardholderId)));
    } catch (FieldDecryptionException e) {
      log.warn(
          "cardholder personal data does not decrypt cardholderId={} field={}",
          cardholderId,
          field.column());
      return Optional.empty();
    }
  }

  @Override
  public String blindIndex(NationalId nationalId) {
    return blindIndex.of(caller.organisationId(), NATIONAL_ID_INDEX_FIELD, nationalId.digits());
  }

  private EncryptionContext context(PersonalField field, long cardholderId) {
    return EncryptionContext.of(caller.organisationId(), TABLE, field.column())
        .forRow(ROW_PREFIX + cardholderId);
  }
}
