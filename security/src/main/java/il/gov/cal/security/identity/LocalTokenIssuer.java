package il.gov.cal.security.identity;

import il.gov.cal.security.crypto.SecretFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Issues RS256 JWTs shaped like those of the CC identity component, for development and tests only:
 * {@link #requireAllowed(String)} refuses the beta and prod profiles.
 *
 * <p>The key directory holds an RSA 2048 private key ({@value #PRIVATE_KEY_FILE}, PKCS#8 PEM,
 * owner-only), created on first use, and, rewritten on every open from that key, the public key
 * ({@value #PUBLIC_KEY_FILE}, X.509 PEM) and a JWKS ({@value #JWKS_FILE}) that MicroProfile JWT can
 * verify against ({@code mp.jwt.verify.publickey.location}). The key id is the key's RFC 7638
 * thumbprint.
 *
 * <p>Each token carries {@code iss}, {@code aud}, {@code sub}, {@code upn}, {@code iat}, {@code
 * exp}, {@code jti}, {@code groups} and, when requested, {@code org}, {@code unit}, {@code
 * unit_path} and {@code cardholder}. Only the JDK signs: no JOSE library is involved.
 */
public final class LocalTokenIssuer {

  /** The private key file, PKCS#8 PEM. */
  public static final String PRIVATE_KEY_FILE = "local-jwt-private.pem";

  /** The public key file, X.509 SubjectPublicKeyInfo PEM. */
  public static final String PUBLIC_KEY_FILE = "local-jwt-public.pem";

  /** The JSON Web Key Set file. */
  public static final String JWKS_FILE = "local-jwt-jwks.json";

  /** How long a token lives unless asked otherwise. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);

  private static final List<String> FORBIDDEN_PROFILES = List.of("beta", "prod");
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final RSAPrivateCrtKey privateKey;
  private final RSAPublicKey publicKey;
  private final String keyId;
  private final String issuer;
  private final String audience;
  private final Clock clock;

  private LocalTokenIssuer(RSAPrivateCrtKey privateKey, String issuer, String audience, Clock clock)
      throws GeneralSecurityException {
    this.privateKey = privateKey;
    this.publicKey =
        (RSAPublicKey)
            KeyFactory.getInstance("RSA")
                .generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
    this.keyId = thumbprint(publicKey);
    this.issuer = requireText(issuer, "issuer");
    this.audience = requireText(audience, "audience");
    this.clock = clock;
  }

  /**
   * Refuses to run in a profile where real identities are required.
   *
   * @param profile the MicroProfile Config profile ({@code mp.config.profile}), or {@code null}
   * @throws IllegalStateException for {@code beta} and {@code prod}, in any letter case
   */
  public static void requireAllowed(String profile) {
    if (profile != null && FORBIDDEN_PROFILES.contains(profile.strip().toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException(
          "the local token issuer is for development and test only, not profile " + profile);
    }
  }

  /**
   * Opens the issuer over a key directory, creating the key pair when it is absent.
   *
   * @param keyDirectory the directory of the key files
   * @param issuer the {@code iss} claim
   * @param audience the {@code aud} claim
   * @return the issuer
   */
  public static LocalTokenIssuer open(Path keyDirectory, String issuer, String audience) {
    return open(keyDirectory, issuer, audience, Clock.systemUTC());
  }

  /**
   * Opens the issuer with a given clock, for tests of expiry.
   *
   * @param keyDirectory the directory of the key files
   * @param issuer the {@code iss} claim
   * @param audience the {@code aud} claim
   * @param clock the source of {@code iat} and {@code exp}
   * @return the issuer
   */
  public static LocalTokenIssuer open(
      Path keyDirectory, String issuer, String audience, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    try {
      byte[] pem =
          SecretFiles.readOrCreate(
              keyDirectory.resolve(PRIVATE_KEY_FILE), LocalTokenIssuer::newPrivateKeyPem);
      RSAPrivateCrtKey key =
          (RSAPrivateCrtKey)
              KeyFactory.getInstance("RSA")
                  .generatePrivate(new PKCS8EncodedKeySpec(fromPem(pem, "PRIVATE KEY")));
      LocalTokenIssuer tokenIssuer = new LocalTokenIssuer(key, issuer, audience, clock);
      writePublic(keyDirectory.resolve(PUBLIC_KEY_FILE), tokenIssuer.publicKeyPem());
      writePublic(keyDirectory.resolve(JWKS_FILE), tokenIssuer.jwks());
      return tokenIssuer;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the local token key", e);
    }
  }

  /**
   * Signs a token.
   *
   * @param request what the token asserts
   * @return the compact serialisation {@code header.payload.signature}
   */
  public String issue(TokenRequest request) {
    Instant now = clock.instant();
    List<String> groups = new ArrayList<>();
    request.roles().stream().sorted().forEach(role -> groups.add(role.groupName()));
    String header =
        new JsonText().put("alg", "RS256").put("typ", "JWT").put("kid", keyId).toString();
    String payload =
        new JsonText()
            .put("iss", issuer)
            .put("aud", audience)
            .put("sub", request.subject())
            .put("upn", request.subject())
            .put("iat", now.getEpochSecond())
            .put("exp", now.plus(request.lifetime()).getEpochSecond())
            .put("jti", UUID.randomUUID().toString())
            .put(CalClaims.GROUPS, groups)
            .put(CalClaims.ORGANISATION, request.organisationId())
            .put(CalClaims.UNIT, request.unitId())
            .put(CalClaims.UNIT_PATH, request.unitPath())
            .put(CalClaims.CARDHOLDER, request.cardholderId())
            .toString();
    String signingInput = base64url(header) + "." + base64url(payload);
    try {
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(privateKey);
      signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
  }

  /**
   * The public key as a JSON Web Key Set with one RS256 signing key.
   *
   * @return the JWKS document
   */
  public String jwks() {
    String key =
        new JsonText()
            .put("kty", "RSA")
            .put("use", "sig")
            .put("alg", "RS256")
            .put("kid", keyId)
            .put("n", unsigned(publicKey.getModulus()))
            .put("e", unsigned(publicKey.getPublicExponent()))
            .toString();
    return new JsonText().putRaw("keys", "[" + key + "]").toString();
  }

  /**
   * The public key that verifies this issuer's tokens.
   *
   * @return the RSA public key
   */
  public RSAPublicKey publicKey() {
    return publicKey;
  }

  /**
   * The public key as PEM.
   *
   * @return an X.509 SubjectPublicKeyInfo PEM document
   */
  public String publicKeyPem() {
    return toPem(publicKey.getEncoded(), "PUBLIC KEY");
  }

  /**
   * The key id put in each token header and in the JWKS.
   *
   * @return the RFC 7638 thumbprint of the public key
   */
  public String keyId() {
    return keyId;
  }

  private static byte[] newPrivateKeyPem() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return toPem(generator.generateKeyPair().getPrivate().getEncoded(), "PRIVATE KEY")
          .getBytes(StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate an RSA key pair", e);
    }
  }

  private static String toPem(byte[] der, String type) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static byte[] fromPem(byte[] pem, String type) {
    String text = new String(pem, StandardCharsets.US_ASCII);
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalStateException("not a PEM " + type);
    }
    return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
  }

  private static void writePublic(Path file, String content) {
    try {
      Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".new-", ".tmp");
      Files.writeString(temp, content, StandardCharsets.US_ASCII);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String thumbprint(RSAPublicKey key) throws GeneralSecurityException {
    String canonical =
        new JsonText()
            .put("e", unsigned(key.getPublicExponent()))
            .put("kty", "RSA")
            .put("n", unsigned(key.getModulus()))
            .toString();
    return BASE64URL.encodeToString(
        MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
      bytes = trimmed;
    }
    return BASE64URL.encodeToString(bytes);
  }

  private static String base64url(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
