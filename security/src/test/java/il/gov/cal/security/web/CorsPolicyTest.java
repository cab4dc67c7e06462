package il.gov.cal.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.testing.FakeHttp;
import il.gov.cal.security.testing.MapConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

  private static final String PORTAL = "https://portal.cal.example";

  private final CorsPolicy policy =
      CorsPolicy.fromConfig(
          new MapConfig(Map.of("cal.cors.allowed-origins", PORTAL + ", https://app.cal.example")));

  @Test
  void aRequestWithoutAnOriginGetsNoCorsHeaders() {
    FakeHttp http = new FakeHttp();

    assertThat(policy.apply(http.request(), http.response())).isFalse();
    assertThat(http.responseHeaders).isEmpty();
  }

  @Test
  void anAllowedOriginIsEchoedNeverAWildcard() {
    FakeHttp http = new FakeHttp();
    http.requestHeaders.put("Origin", PORTAL);

    assertThat(policy.apply(http.request(), http.response())).isFalse();
    assertThat(http.responseHeaders)
        .containsEntry("Access-Control-Allow-Origin", PORTAL)
        .containsEntry("Vary", "Origin")
        .doesNotContainKey("Access-Control-Allow-Credentials");
  }

  @Test
  void anAllowedPreflightIsAnsweredWithTheMethodsAndHeaders() {
    FakeHttp http = preflightFrom(PORTAL);

    assertThat(policy.apply(http.request(), http.response())).isTrue();
    assertThat(http.status).isEqualTo(204);
    assertThat(http.responseHeaders)
        .containsEntry("Access-Control-Allow-Origin", PORTAL)
        .containsEntry("Access-Control-Allow-Methods", CorsPolicy.METHODS)
        .containsEntry("Access-Control-Allow-Headers", CorsPolicy.HEADERS)
        .containsEntry("Access-Control-Max-Age", "600");
  }

  @Test
  void anotherOriginGetsNoCorsHeaderAndItsPreflightIs403() {
    FakeHttp simple = new FakeHttp();
    simple.requestHeaders.put("Origin", "https://evil.example");
    FakeHttp preflight = preflightFrom("https://portal.cal.example.evil.example");

    assertThat(policy.apply(simple.request(), simple.response())).isFalse();
    assertThat(policy.apply(preflight.request(), preflight.response())).isTrue();

    assertThat(simple.responseHeaders).doesNotContainKey("Access-Control-Allow-Origin");
    assertThat(preflight.status).isEqualTo(403);
    assertThat(preflight.responseHeaders).doesNotContainKey("Access-Control-Allow-Origin");
  }

  @Test
  void withNoOriginsConfiguredNoOriginIsAllowed() {
    CorsPolicy none = CorsPolicy.fromConfig(new MapConfig(Map.of()));
    FakeHttp http = preflightFrom(PORTAL);

    assertThat(none.apply(http.request(), http.response())).isTrue();
    assertThat(http.status).isEqualTo(403);
    assertThat(none.allowedOrigins()).isEmpty();
  }

  @Test
  void credentialsAreAllowedOnlyWhenConfigured() {
    CorsPolicy withCookies =
        CorsPolicy.fromConfig(
            new MapConfig(
                Map.of("cal.cors.allowed-origins", PORTAL, "cal.cors.allow-credentials", "true")));
    FakeHttp http = new FakeHttp();
    http.requestHeaders.put("Origin", PORTAL);

    withCookies.apply(http.request(), http.response());

    assertThat(http.responseHeaders).containsEntry("Access-Control-Allow-Credentials", "true");
  }

  private static FakeHttp preflightFrom(String origin) {
    FakeHttp http = new FakeHttp();
    http.method = "OPTIONS";
    http.requestHeaders.put("Origin", origin);
    http.requestHeaders.put("Access-Control-Request-Method", "POST");
    return http;
  }
}
