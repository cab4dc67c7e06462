package il.gov.cal.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.testing.FakeRequest;
import il.gov.cal.security.testing.MapConfig;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.container.ResourceInfo;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitFilterTest {

  @RateLimited(EndpointClass.OTP)
  static class OtpResource {
    public void verify() {}

    @RateLimited(EndpointClass.PIN)
    public void revealPin() {}
  }

  static class PlainResource {
    public void list() {}
  }

  private final RateLimitFilter filter =
      new RateLimitFilter(
          new RateLimiter(RateLimitSettings.defaults(), new RateLimiterTest.ManualClock()), true);

  @Test
  void theEndpointClassComesFromTheMethodThenTheClassThenDefault() throws Exception {
    assertThat(endpointOf(OtpResource.class, "revealPin")).isEqualTo(EndpointClass.PIN);
    assertThat(endpointOf(OtpResource.class, "verify")).isEqualTo(EndpointClass.OTP);
    assertThat(endpointOf(PlainResource.class, "list")).isEqualTo(EndpointClass.DEFAULT);
  }

  @Test
  void anExhaustedBucketIsAnswered429WithRetryAfterAndAProblem() throws Exception {
    filter.resourceInfo = resource(OtpResource.class, "revealPin");
    FakeRequest request = new FakeRequest();
    request.principal = () -> "dana";
    for (int i = 0; i < 3; i++) {
      filter.filter(request.context());
      assertThat(request.aborted).isNull();
    }

    filter.filter(request.context());

    assertThat(request.aborted.getStatus()).isEqualTo(429);
    assertThat(request.aborted.getHeaderString("Retry-After")).isEqualTo("20");
    assertThat(request.aborted.getMediaType().toString()).isEqualTo("application/problem+json");
    JsonObject body =
        Json.createReader(new StringReader((String) request.aborted.getEntity())).readObject();
    assertThat(body.getString("code")).isEqualTo("rate-limited");
    assertThat(body.getString("instance")).isEqualTo("/core/cards");
  }

  @Test
  void theClientIsTheSubjectWhenAuthenticatedElseTheLastForwardedAddress() {
    FakeRequest authenticated = new FakeRequest();
    authenticated.principal = () -> "dana";
    FakeRequest anonymous = new FakeRequest();
    anonymous.headers.put("X-Forwarded-For", "203.0.113.9, 198.51.100.7");

    assertThat(filter.clientKey(authenticated.context())).isEqualTo("sub:dana");
    assertThat(filter.clientKey(anonymous.context())).isEqualTo("ip:198.51.100.7");
  }

  @Test
  void theForwardedHeaderIsIgnoredUnlessTrusted() {
    RateLimitFilter untrusting =
        new RateLimitFilter(new RateLimiter(RateLimitSettings.defaults()), false);
    FakeRequest anonymous = new FakeRequest();
    anonymous.headers.put("X-Forwarded-For", "203.0.113.9");

    assertThat(untrusting.clientKey(anonymous.context())).isEqualTo("ip:unknown");
  }

  @Test
  void settingsAreReadFromConfigWithDefaultsForAbsentKeys() {
    RateLimitSettings settings =
        RateLimitSettings.fromConfig(
            new MapConfig(
                Map.of(
                    "cal.ratelimit.session.per-minute", "10",
                    "cal.ratelimit.max-clients", "5000",
                    "cal.ratelimit.trust-forwarded-for", "true")));

    assertThat(settings.perMinute(EndpointClass.SESSION)).isEqualTo(10);
    assertThat(settings.perMinute(EndpointClass.PIN)).isEqualTo(3);
    assertThat(settings.maxClients()).isEqualTo(5000);
    assertThat(settings.trustForwardedFor()).isTrue();
    assertThat(settings.enabled()).isTrue();
  }

  @Test
  void securityProvidersListsEveryFilterAndMapper() {
    assertThat(SecurityProviders.classes())
        .hasSize(10)
        .contains(RateLimitFilter.class, ChallengeProblemFilter.class);
  }

  private EndpointClass endpointOf(Class<?> type, String method) throws Exception {
    filter.resourceInfo = resource(type, method);
    return filter.endpointClass();
  }

  private static ResourceInfo resource(Class<?> type, String name) throws Exception {
    Method method = type.getMethod(name);
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return method;
      }

      @Override
      public Class<?> getResourceClass() {
        return type;
      }
    };
  }
}
