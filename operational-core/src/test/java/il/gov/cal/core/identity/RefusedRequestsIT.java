package il.gov.cal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.core.platform.RunningCore;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.security.identity.LocalTokenIssuer;
import il.gov.cal.security.identity.Role;
import il.gov.cal.security.identity.TokenRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused request leaves no token in any file the server writes (messages, trace, incident
 * reports) and is recorded in {@code audit_event} as a denied security event with its correlation
 * id, the caller and organisation when Liberty verified them, and nothing of the token.
 */
class RefusedRequestsIT {

  private static CoreClient org;

  @TempDir static Path otherKeys;

  @BeforeAll
  static void organisation() throws Exception {
    org = CoreClient.forNewOrganisation();
  }

  private static TokenRequest admin() {
    return TokenRequest.of("refused-it", Role.ORG_ADMIN).inOrganisation(org.organisationId());
  }

  /** Every kind of token the platform refuses, by the reason the audit event names. */
  private static Map<String, String> refusedTokens() {
    String[] parts = RunningCore.token(admin()).split("\\.");
    String altered =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"org-admin\"", "\"platform-admin\"");
    Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("bad-signature", parts[0] + "." + base64url(altered) + "." + parts[2]);
    tokens.put("unsigned", base64url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
    tokens.put("malformed", "not-a-token." + parts[1]);
    tokens.put(
        "expired",
        LocalTokenIssuer.open(
                RunningCore.KEY_DIR, RunningCore.ISSUER, RunningCore.AUDIENCE, anHourAgo)
            .issue(admin()));
    tokens.put(
        "wrong-issuer",
        LocalTokenIssuer.open(RunningCore.KEY_DIR, "https://someone.else", RunningCore.AUDIENCE)
            .issue(admin()));
    tokens.put(
        "wrong-audience",
        LocalTokenIssuer.open(RunningCore.KEY_DIR, RunningCore.ISSUER, "another-service")
            .issue(admin()));
    tokens.put(
        "bad-signature-unknown-key",
        LocalTokenIssuer.open(otherKeys, RunningCore.ISSUER, RunningCore.AUDIENCE).issue(admin()));
    return tokens;
  }

  @Test
  void noRefusedTokenReachesAnyFileTheServerWrites() throws Exception {
    Map<String, String> tokens = refusedTokens();
    for (String token : tokens.values()) {
      assertThat(send("/core/units", token, UUID.randomUUID().toString()).statusCode())
          .isEqualTo(401);
    }

    List<String> leaks = new ArrayList<>();
    try (Stream<Path> files = Files.walk(RunningCore.server().logs())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        tokens.forEach(
            (kind, token) -> {
              // The header is the same for every token of a key; the rest is unique to each.
              String[] parts = token.split("\\.");
              for (int i = 1; i < parts.length; i++) {
                if (parts[i].length() > 20 && text.contains(parts[i])) {
                  leaks.add(file.getFileName() + " holds the " + kind + " token");
                }
              }
            });
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void eachRefusedTokenIsAuditedWithItsReasonAndCorrelationId() throws Exception {
    Map<String, String> tokens = refusedTokens();
    for (Map.Entry<String, String> token : tokens.entrySet()) {
      String correlationId = UUID.randomUUID().toString();

      HttpResponse<String> answer = send("/core/units", token.getValue(), correlationId);

      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      String reason = token.getKey().replace("-unknown-key", "");
      assertThat(auditRows(correlationId))
          .containsExactly(
              "anonymous|null|authentication.rejected." + reason + "|GET /core/units|DENIED");
    }
  }

  @Test
  void aRequestWithoutATokenIsAuditedAsAuthenticationRequired() throws Exception {
    String correlationId = UUID.randomUUID().toString();

    assertThat(send("/core/units", null, correlationId).statusCode()).isEqualTo(401);

    assertThat(auditRows(correlationId))
        .containsExactly("anonymous|null|authentication.required|GET /core/units|DENIED");
  }

  @Test
  void aRequestWithoutATokenIsAnsweredWithAProblemAndTheBearerChallenge() throws Exception {
    String correlationId = UUID.randomUUID().toString();

    HttpResponse<String> answer = send("/core/units?limit=5", null, correlationId);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.headers().firstValue("X-Correlation-Id")).hasValue(correlationId);
    JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
    assertThat(problem.getString("type")).isEqualTo("urn:cal:problem:unauthorized");
    assertThat(problem.getString("title")).isEqualTo("Unauthorized");
    assertThat(problem.getInt("status")).isEqualTo(401);
    assertThat(problem.getString("detail")).contains("bearer token");
    assertThat(problem.getString("instance")).isEqualTo("/core/units");
    assertThat(problem.getString("correlationId")).isEqualTo(correlationId);
  }

  @Test
  void healthAndTheOpenApiDocumentNeedNoToken() throws Exception {
    for (String path : List.of("/health/ready", "/health/live", "/openapi")) {
      assertThat(send(path, null, UUID.randomUUID().toString()).statusCode())
          .as(path)
          .isEqualTo(200);
    }
  }

  @Test
  void aRoleDeniedBeforeTheResourceRunsIsAuditedWithTheCallerAndOrganisation() throws Exception {
    String correlationId = UUID.randomUUID().toString();
    String holder =
        RunningCore.token(
            TokenRequest.of("holder-refused", Role.CARDHOLDER)
                .inOrganisation(org.organisationId()));

    assertThat(send("/core/cards", holder, correlationId).statusCode()).isEqualTo(403);

    assertThat(auditRows(correlationId))
        .containsExactly(
            "holder-refused|" + org.organisationId() + "|access.denied|GET /core/cards|DENIED");
  }

  @Test
  void anAcceptedTokenStillReachesTheResource() throws Exception {
    assertThat(send("/core/units", RunningCore.token(admin()), "accepted-1234").statusCode())
        .isEqualTo(200);
  }

  private static List<String> auditRows(String correlationId) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement s =
            c.prepareStatement(
                "SELECT actor, org_id, action, target_id, outcome FROM audit_event"
                    + " WHERE correlation_id = ? ORDER BY id")) {
      s.setString(1, correlationId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              r.getString(1)
                  + "|"
                  + r.getObject(2)
                  + "|"
                  + r.getString(3)
                  + "|"
                  + r.getString(4)
                  + "|"
                  + r.getString(5));
        }
      }
    }
    return rows;
  }

  private static HttpResponse<String> send(String path, String token, String correlationId)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RunningCore.server().baseUrl() + path))
            .header("X-Correlation-Id", correlationId);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String base64url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
