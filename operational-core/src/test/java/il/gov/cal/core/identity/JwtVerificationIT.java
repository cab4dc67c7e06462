package il.gov.cal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.core.platform.RunningCore;
import il.gov.cal.security.identity.LocalTokenIssuer;
import il.gov.cal.security.identity.Role;
import il.gov.cal.security.identity.TokenRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core accepts only tokens its configured issuer signed for its audience and that are still
 * valid; everything else is a 401 before any resource runs. Health and the OpenAPI document stay
 * open.
 */
class JwtVerificationIT {

  private static CoreClient org;

  @TempDir static Path otherKeys;

  @BeforeAll
  static void organisation() throws Exception {
    org = CoreClient.forNewOrganisation();
  }

  private static TokenRequest admin() {
    return TokenRequest.of("jwt-it", Role.ORG_ADMIN).inOrganisation(org.organisationId());
  }

  private static int statusWith(String token) throws Exception {
    return CoreClient.withToken(org.organisationId(), token).get("/units").status();
  }

  @Test
  void aValidTokenIsAccepted() throws Exception {
    assertThat(statusWith(RunningCore.token(admin()))).isEqualTo(200);
  }

  @Test
  void anExpiredTokenIs401() throws Exception {
    Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
    LocalTokenIssuer past =
        LocalTokenIssuer.open(
            RunningCore.KEY_DIR, RunningCore.ISSUER, RunningCore.AUDIENCE, anHourAgo);

    assertThat(statusWith(past.issue(admin()))).isEqualTo(401);
  }

  @Test
  void aTokenOfAnotherIssuerIs401() throws Exception {
    LocalTokenIssuer other =
        LocalTokenIssuer.open(RunningCore.KEY_DIR, "https://someone.else", RunningCore.AUDIENCE);

    assertThat(statusWith(other.issue(admin()))).isEqualTo(401);
  }

  @Test
  void aTokenForAnotherAudienceIs401() throws Exception {
    LocalTokenIssuer other =
        LocalTokenIssuer.open(RunningCore.KEY_DIR, RunningCore.ISSUER, "another-service");

    assertThat(statusWith(other.issue(admin()))).isEqualTo(401);
  }

  @Test
  void anUnsignedTokenWithAlgNoneIs401() throws Exception {
    String[] parts = RunningCore.token(admin()).split("\\.");
    String header = base64url("{\"alg\":\"none\",\"typ\":\"JWT\"}");

    assertThat(statusWith(header + "." + parts[1] + ".")).isEqualTo(401);
  }

  @Test
  void aTokenWithATamperedPayloadIs401() throws Exception {
    String[] parts = RunningCore.token(admin()).split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"org-admin\"", "\"platform-admin\"");

    assertThat(statusWith(parts[0] + "." + base64url(payload) + "." + parts[2])).isEqualTo(401);
  }

  @Test
  void aTokenSignedByAnUnknownKeyIs401() throws Exception {
    LocalTokenIssuer stranger =
        LocalTokenIssuer.open(otherKeys, RunningCore.ISSUER, RunningCore.AUDIENCE);

    assertThat(statusWith(stranger.issue(admin()))).isEqualTo(401);
  }

  @Test
  void aRequestWithoutATokenIs401() throws Exception {
    assertThat(statusWith(null)).isEqualTo(401);
  }

  @Test
  void healthAndOpenApiNeedNoToken() throws Exception {
    assertThat(open("/health/ready")).isEqualTo(200);
    assertThat(open("/openapi")).isEqualTo(200);
  }

  @Test
  void theLocalKeySetIsServedUnderTheTestProfile() throws Exception {
    HttpResponse<String> jwks = get("/core/dev/jwks");

    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(jwks.body()).contains(RunningCore.issuer().keyId());
  }

  private static int open(String path) throws Exception {
    return get(path).statusCode();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(RunningCore.server().baseUrl() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String base64url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
