package il.gov.cal.security.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalTokenIssuerTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path keys;

  @Test
  void issuedTokenVerifiesWithTheJdkAndTheIssuersPublicKey() throws Exception {
    LocalTokenIssuer issuer = open();
    String token = issuer.issue(TokenRequest.of("dana", Role.CARDHOLDER));

    assertThat(verifies(token, issuer.publicKey())).isTrue();
  }

  @Test
  void issuedTokenCarriesTheRequestedClaimsAndExpiresAfterFifteenMinutesByDefault() {
    LocalTokenIssuer issuer = open();
    TokenRequest request =
        new TokenRequest(
            "dana",
            Set.of(Role.CARDHOLDER, Role.UNIT_MANAGER),
            7L,
            41L,
            "1/4/41",
            1001L,
            LocalTokenIssuer.DEFAULT_LIFETIME);

    String[] parts = issuer.issue(request).split("\\.");
    JsonObject header = json(parts[0]);
    JsonObject payload = json(parts[1]);

    assertThat(header.getString("alg")).isEqualTo("RS256");
    assertThat(header.getString("kid")).isEqualTo(issuer.keyId());
    assertThat(payload.getString("iss")).isEqualTo("https://cc.local");
    assertThat(payload.getString("aud")).isEqualTo("cal");
    assertThat(payload.getString("sub")).isEqualTo("dana");
    assertThat(payload.getString("upn")).isEqualTo("dana");
    assertThat(payload.getJsonNumber("iat").longValue()).isEqualTo(NOW.getEpochSecond());
    assertThat(payload.getJsonNumber("exp").longValue())
        .isEqualTo(NOW.plus(Duration.ofMinutes(15)).getEpochSecond());
    assertThat(payload.getJsonArray("groups").getValuesAs(JsonString::getString))
        .containsExactly("unit-manager", "cardholder");
    assertThat(payload.getJsonNumber("org").longValue()).isEqualTo(7);
    assertThat(payload.getJsonNumber("unit").longValue()).isEqualTo(41);
    assertThat(payload.getString("unit_path")).isEqualTo("1/4/41");
    assertThat(payload.getJsonNumber("cardholder").longValue()).isEqualTo(1001);
    assertThat(payload.getString("jti")).isNotBlank();
  }

  @Test
  void issuedTokenOmitsScopeClaimsThatWereNotRequested() {
    String[] parts = open().issue(TokenRequest.of("ops", Role.PLATFORM_ADMIN)).split("\\.");

    assertThat(json(parts[1])).doesNotContainKeys("org", "unit", "unit_path", "cardholder");
  }

  @Test
  void aTokenWhosePayloadWasAlteredNoLongerVerifies() throws Exception {
    LocalTokenIssuer issuer = open();
    String[] parts = issuer.issue(TokenRequest.of("dana", Role.CARDHOLDER)).split("\\.");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("cardholder", "platform-admin")
                    .getBytes(StandardCharsets.UTF_8));

    assertThat(verifies(parts[0] + "." + forged + "." + parts[2], issuer.publicKey())).isFalse();
  }

  @Test
  void reopeningTheKeyDirectoryKeepsTheSameKeyAndTheJwksDescribesIt() throws Exception {
    LocalTokenIssuer first = open();
    LocalTokenIssuer second = open();
    JsonObject jwk =
        Json.createReader(new StringReader(second.jwks()))
            .readObject()
            .getJsonArray("keys")
            .getJsonObject(0);
    PublicKey fromJwk =
        KeyFactory.getInstance("RSA")
            .generatePublic(
                new RSAPublicKeySpec(
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")))));

    assertThat(second.keyId()).isEqualTo(first.keyId());
    assertThat(jwk.getString("kid")).isEqualTo(first.keyId());
    assertThat(jwk.getString("alg")).isEqualTo("RS256");
    assertThat(verifies(first.issue(TokenRequest.of("a", Role.ANALYST)), fromJwk)).isTrue();
  }

  @Test
  void keyFilesArePemThePrivateOneOwnerOnly() throws Exception {
    LocalTokenIssuer issuer = open();
    Path privateKey = keys.resolve(LocalTokenIssuer.PRIVATE_KEY_FILE);
    String publicPem = Files.readString(keys.resolve(LocalTokenIssuer.PUBLIC_KEY_FILE));
    byte[] der =
        Base64.getMimeDecoder()
            .decode(
                publicPem
                    .replace("-----BEGIN PUBLIC KEY-----", "")
                    .replace("-----END PUBLIC KEY-----", ""));

    assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(Files.getPosixFilePermissions(privateKey))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)))
        .isEqualTo(issuer.publicKey());
    assertThat(issuer.publicKey().getModulus().bitLength()).isEqualTo(2048);
    assertThat(keys.resolve(LocalTokenIssuer.JWKS_FILE)).hasContent(issuer.jwks());
  }

  @ParameterizedTest
  @ValueSource(strings = {"beta", "prod", "PROD", " prod "})
  void requireAllowedRefusesTheBetaAndProdProfiles(String profile) {
    assertThatThrownBy(() -> LocalTokenIssuer.requireAllowed(profile))
        .isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "test"})
  void requireAllowedAcceptsDevAndTestProfiles(String profile) {
    assertThatCode(() -> LocalTokenIssuer.requireAllowed(profile)).doesNotThrowAnyException();
    assertThatCode(() -> LocalTokenIssuer.requireAllowed(null)).doesNotThrowAnyException();
  }

  private LocalTokenIssuer open() {
    return LocalTokenIssuer.open(keys, "https://cc.local", "cal", Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static boolean verifies(String token, PublicKey key) throws Exception {
    int lastDot = token.lastIndexOf('.');
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(key);
    verifier.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
    return verifier.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
  }

  private static JsonObject json(String base64url) {
    String text = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(text)).readObject();
  }
}
