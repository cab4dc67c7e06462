package il.gov.cal.security.crypto;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.cryptography.materialproviders.IKeyring;
import software.amazon.cryptography.materialproviders.MaterialProviders;
import software.amazon.cryptography.materialproviders.model.CreateAwsKmsKeyringInput;
import software.amazon.cryptography.materialproviders.model.CreateMultiKeyringInput;
import software.amazon.cryptography.materialproviders.model.MaterialProvidersConfig;

/**
 * AWS KMS keyrings for beta and production: each data key is generated and wrapped by a KMS key, so
 * the wrapping keys never leave KMS.
 *
 * <p>Keys are given newest first, as key ARNs: new ciphertexts use the first; decryption tries the
 * first and then each older one. Rotating means putting a new key ARN in front of the list (KMS's
 * own automatic rotation needs no change here, since it keeps the same ARN).
 *
 * <p>Known limitation: every encryption calls KMS {@code GenerateDataKey} and every decryption
 * calls KMS {@code Decrypt}, so throughput is bounded by KMS request quotas and each field costs a
 * network round trip. The SDK's caching materials manager would not help: its cache is keyed by the
 * encryption context, which here names the field and usually its row, so fields rarely share an
 * entry. The AWS KMS hierarchical keyring (a branch key kept in DynamoDB, cached locally) would; it
 * is not built, since the platform runs no DynamoDB key store (see the module README). Constructing
 * this provider makes no call to AWS.
 */
public final class KmsKeyringProvider implements KeyringProvider {

  private final IKeyring encrypting;
  private final IKeyring decrypting;

  /**
   * Keyrings over the given KMS keys.
   *
   * @param kms the KMS client (its region must be that of the keys)
   * @param keyArnsNewestFirst at least one key ARN; the first encrypts
   */
  public KmsKeyringProvider(KmsClient kms, List<String> keyArnsNewestFirst) {
    if (keyArnsNewestFirst == null || keyArnsNewestFirst.isEmpty()) {
      throw new IllegalArgumentException("at least one KMS key ARN is required");
    }
    MaterialProviders materialProviders =
        MaterialProviders.builder()
            .MaterialProvidersConfig(MaterialProvidersConfig.builder().build())
            .build();
    List<IKeyring> keyrings = new ArrayList<>();
    for (String arn : keyArnsNewestFirst) {
      keyrings.add(
          materialProviders.CreateAwsKmsKeyring(
              CreateAwsKmsKeyringInput.builder().kmsKeyId(arn).kmsClient(kms).build()));
    }
    this.encrypting = keyrings.get(0);
    this.decrypting =
        keyrings.size() == 1
            ? encrypting
            : materialProviders.CreateMultiKeyring(
                CreateMultiKeyringInput.builder()
                    .generator(encrypting)
                    .childKeyrings(keyrings.subList(1, keyrings.size()))
                    .build());
  }

  @Override
  public IKeyring encryptingKeyring() {
    return encrypting;
  }

  @Override
  public IKeyring decryptingKeyring() {
    return decrypting;
  }
}
