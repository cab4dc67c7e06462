package il.gov.cal.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.audit.AuditEvent;
import il.gov.cal.security.audit.AuditOutcome;
import il.gov.cal.security.audit.DenialAudit;
import il.gov.cal.security.identity.BearerTokenScreen;
import il.gov.cal.security.identity.LocalTokenIssuer;
import il.gov.cal.security.identity.Role;
import il.gov.cal.security.identity.TokenRequest;
import il.gov.cal.security.testing.FakeHttp;
import il.gov.cal.security.testing.MapConfig;
import jakarta.servlet.FilterChain;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeFilterTest {

  private static final String ISSUER = "https://cc.test.local";
  private static final String AUDIENCE = "cal-core-test";

  @TempDir Path keys;
  @TempDir Path otherKeys;

  private final List<AuditEvent> events = new ArrayList<>();
  private final EdgeFilter filter = new EdgeFilter();
  private LocalTokenIssuer issuer;
  private int chainCalls;

  @BeforeEach
  void filter() {
    issuer = LocalTokenIssuer.open(keys, ISSUER, AUDIENCE);
    MapConfig config =
        new MapConfig(
            Map.of(
                "mp.jwt.verify.publickey.location",
                keys.resolve(LocalTokenIssuer.JWKS_FILE).toString(),
                "mp.jwt.verify.issuer",
                ISSUER,
                "mp.jwt.verify.audiences",
                AUDIENCE));
    filter.init(
        CorsPolicy.fromConfig(config),
        BearerTokenScreen.fromConfig(config),
        new DenialAudit(Optional.of(events::add)),
        new RateLimiter(
            new RateLimitSettings(Map.of(EndpointClass.REFUSED_TOKEN, 2), 100, false, true)));
  }

  private FilterChain answering(int status) {
    return (request, response) -> {
      chainCalls++;
      il.gov.cal.security.correlation.CorrelationId.unbind(); // as Jakarta REST does
      ((jakarta.servlet.http.HttpServletResponse) response).setStatus(status);
    };
  }

  private static TokenRequest admin() {
    return TokenRequest.of("edge-test", Role.ORG_ADMIN).inOrganisation(3);
  }

  @Test
  void aForgedTokenIsAnsweredHereAndNeverReachesTheServer() throws Exception {
    FakeHttp http = new FakeHttp();
    String forged = LocalTokenIssuer.open(otherKeys, ISSUER, AUDIENCE).issue(admin());
    http.requestHeaders.put("Authorization", "Bearer " + forged);
    http.requestHeaders.put("X-Correlation-Id", "forged-token-0001");

    filter.doFilter(http.request(), http.response(), answering(200));

    assertThat(chainCalls).isZero();
    assertThat(http.authentications).isZero();
    assertThat(http.status).isEqualTo(401);
    assertThat(http.responseHeaders)
        .containsEntry("Content-Type", "application/problem+json")
        .containsEntry("WWW-Authenticate", "Bearer error=\"invalid_token\"")
        .containsEntry("X-Correlation-Id", "forged-token-0001");
    assertThat(http.body()).contains("\"status\":401").doesNotContain(forged.split("\\.")[2]);
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("authentication.rejected.bad-signature");
              assertThat(e.actor()).isEqualTo("anonymous");
              assertThat(e.targetId()).isEqualTo("GET /core/units");
              assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
              assertThat(e.correlationId()).isEqualTo("forged-token-0001");
            });
  }

  @Test
  void refusedTokensPastTheClientsAllowanceAre429AndNoLongerAudited() throws Exception {
    String forged = LocalTokenIssuer.open(otherKeys, ISSUER, AUDIENCE).issue(admin());
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      FakeHttp http = new FakeHttp();
      http.requestHeaders.put("Authorization", "Bearer " + forged);
      filter.doFilter(http.request(), http.response(), answering(200));
      statuses.add(http.status);
      if (i == 2) {
        assertThat(http.responseHeaders)
            .containsKey("Retry-After")
            .containsEntry("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        assertThat(http.body()).contains("\"status\":429").doesNotContain(forged.split("\\.")[2]);
      }
    }

    assertThat(statuses).containsExactly(401, 401, 429);
    assertThat(events).hasSize(2);
    assertThat(chainCalls).isZero();
  }

  @Test
  void expiredTokensNeverCountAgainstTheAllowanceAndAreAlways401() throws Exception {
    Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
    String expired = LocalTokenIssuer.open(keys, ISSUER, AUDIENCE, anHourAgo).issue(admin());
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      FakeHttp http = new FakeHttp();
      http.requestHeaders.put("Authorization", "Bearer " + expired);
      filter.doFilter(http.request(), http.response(), answering(200));
      statuses.add(http.status);
    }

    assertThat(statuses).containsOnly(401);
    assertThat(events).hasSize(4).allMatch(e -> e.action().endsWith(".expired"));
  }

  @Test
  void aScreenedTokenTheServerStillRefusesIsThe401ProblemAndAudited() throws Exception {
    FakeHttp http = new FakeHttp();
    http.authenticates = false;
    http.requestHeaders.put("Authorization", "Bearer " + issuer.issue(admin()));
    http.requestHeaders.put("X-Correlation-Id", "server-refused-0001");

    filter.doFilter(http.request(), http.response(), answering(200));

    assertThat(chainCalls).isZero();
    assertThat(http.status).isEqualTo(401);
    assertThat(http.responseHeaders)
        .containsEntry("Content-Type", "application/problem+json")
        .containsEntry("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    assertThat(http.body())
        .contains("\"code\":\"unauthorized\"")
        .contains("\"correlationId\":\"server-refused-0001\"");
    assertThat(events).extracting(AuditEvent::action).containsExactly("authentication.required");
  }

  @Test
  void aValidTokenGoesOnAndAnAcceptedAnswerIsNotAudited() throws Exception {
    FakeHttp http = new FakeHttp();
    http.requestHeaders.put("Authorization", "Bearer " + issuer.issue(admin()));

    filter.doFilter(http.request(), http.response(), answering(200));

    assertThat(chainCalls).isOne();
    assertThat(http.authentications).isOne();
    assertThat(http.status).isEqualTo(200);
    assertThat(http.attributes).containsKey(CorrelationIdFilter.PROPERTY);
    assertThat(events).isEmpty();
  }

  @Test
  void a403OfTheServerIsAuditedAsAccessDenied() throws Exception {
    FakeHttp http = new FakeHttp();
    http.uri = "/core/cards";
    http.principal = () -> "someone";
    http.requestHeaders.put("X-Correlation-Id", "denied-role-0001");

    filter.doFilter(http.request(), http.response(), answering(403));

    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("access.denied");
              assertThat(e.actor()).isEqualTo("someone");
              assertThat(e.targetId()).isEqualTo("GET /core/cards");
            });
  }

  @Test
  void a401WithoutATokenIsAuditedAsAuthenticationRequired() throws Exception {
    FakeHttp http = new FakeHttp();

    filter.doFilter(http.request(), http.response(), answering(401));

    assertThat(events)
        .singleElement()
        .extracting(AuditEvent::action)
        .isEqualTo("authentication.required");
  }

  @Test
  void aFailingAuditTrailNeverChangesTheAnswer() throws Exception {
    filter.init(
        CorsPolicy.fromConfig(new MapConfig(Map.of())),
        Optional.empty(),
        new DenialAudit(
            Optional.of(
                event -> {
                  throw new IllegalStateException("database down");
                })),
        new RateLimiter(RateLimitSettings.defaults()));
    FakeHttp http = new FakeHttp();

    filter.doFilter(http.request(), http.response(), answering(403));

    assertThat(http.status).isEqualTo(403);
  }
}
