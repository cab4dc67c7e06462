package il.gov.cal.security.crypto;

import com.amazonaws.encryptionsdk.AwsCrypto;
import com.amazonaws.encryptionsdk.CryptoAlgorithm;
import com.amazonaws.encryptionsdk.CryptoResult;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link FieldCipher} over the AWS Encryption SDK: envelope encryption, each value under its own
 * data key, wrapped by the keys of a {@link KeyringProvider}.
 *
 * <p>Choices: the commitment policy is the SDK's default (commitment required to encrypt and to
 * decrypt). The algorithm suite is AES-256-GCM with HKDF and key commitment but without the ECDSA
 * signature the SDK adds by default: the same trusted services encrypt and decrypt, and the
 * signature would cost about a hundred bytes and an ECDSA P-384 signing per field. At most one
 * encrypted data key is accepted per message, which bounds the work a forged ciphertext can cause.
 *
 * <p>Decryption passes the expected context to the SDK, which authenticates it against the one
 * stored in the message, and then checks that the stored context holds exactly the expected
 * entries, so that neither a missing nor an extra entry goes unnoticed.
 */
public final class EncryptionSdkFieldCipher implements FieldCipher {

  private static final String RESERVED_PREFIX = "aws-crypto-";

  private final AwsCrypto crypto;
  private final KeyringProvider keyrings;

  /**
   * A cipher over the given keys.
   *
   * @param keyrings where the keys come from
   */
  public EncryptionSdkFieldCipher(KeyringProvider keyrings) {
    this.keyrings = Objects.requireNonNull(keyrings, "keyrings");
    this.crypto =
        AwsCrypto.builder()
            .withEncryptionAlgorithm(CryptoAlgorithm.ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY)
            .withMaxEncryptedDataKeys(1)
            .build();
  }

  @Override
  public byte[] encrypt(String plaintext, EncryptionContext context) {
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(context, "context");
    return crypto
        .encryptData(
            keyrings.encryptingKeyring(),
            plaintext.getBytes(StandardCharsets.UTF_8),
            context.toMap())
        .getResult();
  }

  @Override
  public String decrypt(byte[] ciphertext, EncryptionContext context) {
    Objects.requireNonNull(ciphertext, "ciphertext");
    Objects.requireNonNull(context, "context");
    Map<String, String> expected = context.toMap();
    CryptoResult<byte[], ?> result;
    try {
      result = crypto.decryptData(keyrings.decryptingKeyring(), ciphertext, expected);
    } catch (RuntimeException e) {
      throw new FieldDecryptionException(
          "cannot decrypt " + context.table() + "." + context.field() + " for the given context",
          e);
    }
    Map<String, String> stored = new HashMap<>(result.getEncryptionContext());
    stored.keySet().removeIf(key -> key.startsWith(RESERVED_PREFIX));
    if (!stored.equals(expected)) {
      throw new FieldDecryptionException(
          "ciphertext of " + context.table() + "." + context.field() + " has another context",
          null);
    }
    return new String(result.getResult(), StandardCharsets.UTF_8);
  }
}
