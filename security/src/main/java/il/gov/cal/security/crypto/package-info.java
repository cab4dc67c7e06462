/**
 * Field-level encryption at rest, with the AWS Encryption SDK, and blind indexes for searching
 * encrypted fields by equality.
 *
 * <p>Guarantees: every ciphertext is bound to an {@link
 * il.gov.cal.security.crypto.EncryptionContext} (organisation, table, field and, when given, row),
 * which the SDK authenticates and which is checked again on decryption, so a ciphertext copied to
 * another tenant, field or row does not decrypt. Key commitment is required on both encryption and
 * decryption (the SDK's default policy). Keys rotate by version: new ciphertexts use only the
 * newest key, and every older key still decrypts.
 *
 * <p>Limitations: the encryption context is stored in clear in each ciphertext header, so it must
 * never hold a sensitive value (it is checked). The KMS keyring calls KMS once per encryption and
 * once per decryption; see {@link il.gov.cal.security.crypto.KmsKeyringProvider}. Blind-index keys
 * do not rotate: a new key means recomputing every stored index.
 */
package il.gov.cal.security.crypto;
