package il.gov.cal.security.identity;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.identity.BearerTokenScreen.Rejection;
import il.gov.cal.security.testing.MapConfig;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BearerTokenScreenTest {

  private static final String ISSUER = "https://cc.test.local";
  private static final String AUDIENCE = "cal-core-test";

  @TempDir Path keys;
  @TempDir Path otherKeys;

  private LocalTokenIssuer issuer;
  private BearerTokenScreen screen;

  @BeforeEach
  void issuerAndScreen() {
    issuer = LocalTokenIssuer.open(keys, ISSUER, AUDIENCE);
    screen = screenFor(keys.resolve(LocalTokenIssuer.JWKS_FILE).toUri().toString());
  }

  private static BearerTokenScreen screenFor(String location) {
    return BearerTokenScreen.fromConfig(
            new MapConfig(
                Map.of(
                    "mp.jwt.verify.publickey.location", location,
                    "mp.jwt.verify.issuer", ISSUER,
                    "mp.jwt.verify.audiences", AUDIENCE)))
        .orElseThrow();
  }

  private static TokenRequest admin() {
    return TokenRequest.of("screen-test", Role.ORG_ADMIN).inOrganisation(7);
  }

  @Test
  void aTokenOfTheIssuerForThisAudiencePasses() {
    assertThat(screen.check(issuer.issue(admin()))).isEmpty();
  }

  @Test
  void thePemPublicKeyWorksAsWellAsTheKeySet() {
    BearerTokenScreen pem = screenFor(keys.resolve(LocalTokenIssuer.PUBLIC_KEY_FILE).toString());

    assertThat(pem.check(issuer.issue(admin()))).isEmpty();
  }

  @Test
  void aFileUrlWrittenAsPlainTextIsReadAsAPath() throws Exception {
    Path spaced = Files.createDirectories(otherKeys.resolve("with space"));
    Files.copy(keys.resolve(LocalTokenIssuer.JWKS_FILE), spaced.resolve("keys.json"));

    BearerTokenScreen plain = screenFor("file:" + spaced.resolve("keys.json"));

    assertThat(plain.check(issuer.issue(admin()))).isEmpty();
  }

  @Test
  void aKeySetThatCannotBeFetchedIsNoVerdictOnTheTokenButKeysUnavailable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    BearerTokenScreen unreachable = screenFor("http://127.0.0.1:" + closedPort + "/jwks");

    assertThat(unreachable.check(issuer.issue(admin())))
        .contains(BearerTokenScreen.Rejection.KEYS_UNAVAILABLE);
  }

  @Test
  void anExpiredTokenIsRefusedAsExpired() {
    Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
    String token = LocalTokenIssuer.open(keys, ISSUER, AUDIENCE, anHourAgo).issue(admin());

    assertThat(screen.check(token)).contains(Rejection.EXPIRED);
  }

  @Test
  void anotherIssuerOrAudienceIsRefused() {
    String foreign = LocalTokenIssuer.open(keys, "https://someone.else", AUDIENCE).issue(admin());
    String elsewhere = LocalTokenIssuer.open(keys, ISSUER, "another-service").issue(admin());

    assertThat(screen.check(foreign)).contains(Rejection.WRONG_ISSUER);
    assertThat(screen.check(elsewhere)).contains(Rejection.WRONG_AUDIENCE);
  }

  @Test
  void aTokenSignedByAnUnknownKeyIsRefused() {
    String stranger = LocalTokenIssuer.open(otherKeys, ISSUER, AUDIENCE).issue(admin());

    assertThat(screen.check(stranger)).contains(Rejection.BAD_SIGNATURE);
  }

  @Test
  void anAlteredPayloadIsRefused() {
    String[] parts = issuer.issue(admin()).split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"org-admin\"", "\"platform-admin\"");

    assertThat(screen.check(parts[0] + "." + base64url(payload) + "." + parts[2]))
        .contains(Rejection.BAD_SIGNATURE);
  }

  @Test
  void anUnsignedTokenIsRefusedBeforeAnyKeyIsTried() {
    String[] parts = issuer.issue(admin()).split("\\.");
    String none = base64url("{\"alg\":\"none\",\"typ\":\"JWT\"}");

    assertThat(screen.check(none + "." + parts[1] + ".")).contains(Rejection.UNSIGNED);
    assertThat(screen.check(none + "." + parts[1] + "." + parts[2])).contains(Rejection.UNSIGNED);
  }

  @Test
  void textThatIsNotATokenIsRefusedAsMalformed() {
    assertThat(screen.check("abc")).contains(Rejection.MALFORMED);
    assertThat(screen.check("a.b.c")).contains(Rejection.MALFORMED);
    assertThat(screen.check(base64url("[1]") + "." + base64url("{}") + ".x"))
        .contains(Rejection.MALFORMED);
    assertThat(screen.check("")).contains(Rejection.MALFORMED);
  }

  @Test
  void unreadableKeysRefuseEveryTokenAsKeysUnavailable() {
    BearerTokenScreen blind = screenFor(otherKeys.resolve("missing.json").toUri().toString());

    assertThat(blind.check(issuer.issue(admin()))).contains(Rejection.KEYS_UNAVAILABLE);
  }

  @Test
  void aTokenThatPassedPassesAgainWithoutItsSignatureBeingCheckedUntilItExpires() {
    MovableClock clock = new MovableClock(Instant.now());
    VerificationKeyResolver keySet =
        BearerTokenScreen.KeySource.at(keys.resolve(LocalTokenIssuer.JWKS_FILE).toString())
            .resolver();
    AtomicInteger signaturesChecked = new AtomicInteger();
    VerificationKeyResolver counting =
        (jws, nesting) -> {
          signaturesChecked.incrementAndGet();
          return keySet.resolveKey(jws, nesting);
        };
    BearerTokenScreen remembering =
        new BearerTokenScreen(() -> counting, "RS256", ISSUER, List.of(AUDIENCE), 30, clock);
    String token =
        LocalTokenIssuer.open(keys, ISSUER, AUDIENCE, clock)
            .issue(admin().withLifetime(Duration.ofMinutes(5)));

    assertThat(remembering.check(token)).isEmpty();
    clock.now = clock.now.plus(Duration.ofMinutes(5)).plusSeconds(29);
    assertThat(remembering.check(token)).isEmpty();
    assertThat(signaturesChecked).hasValue(1);

    clock.now = clock.now.plusSeconds(1);

    assertThat(remembering.check(token)).contains(Rejection.EXPIRED);
  }

  @Test
  void aTokenThatPassedIsRefusedOnceItsKeyIsNoLongerPublished() throws Exception {
    String token = issuer.issue(admin());
    assertThat(screen.check(token)).isEmpty();

    Path published = keys.resolve(LocalTokenIssuer.JWKS_FILE);
    LocalTokenIssuer.open(otherKeys, ISSUER, AUDIENCE);
    Files.copy(
        otherKeys.resolve(LocalTokenIssuer.JWKS_FILE),
        published,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(
        published, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(screen.check(token)).contains(Rejection.BAD_SIGNATURE);
  }

  @Test
  void anAlteredTokenIsRefusedAfterTheGenuineOnePassed() {
    String token = issuer.issue(admin());
    assertThat(screen.check(token)).isEmpty();
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"org-admin\"", "\"platform-admin\"");

    assertThat(screen.check(parts[0] + "." + base64url(payload) + "." + parts[2]))
        .contains(Rejection.BAD_SIGNATURE);
    assertThat(screen.check(token + "x")).isPresent();
  }

  /** A clock a test moves by hand. */
  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void anApplicationWithoutTokenKeysHasNoScreen() {
    assertThat(BearerTokenScreen.fromConfig(new MapConfig(Map.of()))).isEqualTo(Optional.empty());
  }

  private static String base64url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
