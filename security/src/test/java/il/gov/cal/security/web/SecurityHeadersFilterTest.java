package il.gov.cal.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.testing.FakeRequest;
import il.gov.cal.security.testing.FakeResponse;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  private final SecurityHeadersFilter filter = new SecurityHeadersFilter();
  private final FakeRequest request = new FakeRequest();
  private final FakeResponse response = new FakeResponse();

  @Test
  void everyResponseGetsHstsNosniffNoFramingAndNoReferrer() {
    filter.filter(request.context(), response.context());

    assertThat(response.headers.getFirst("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000; includeSubDomains");
    assertThat(response.headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void aJsonOrProblemResponseGetsTheLockedDownContentSecurityPolicy() {
    response.mediaType = MediaType.valueOf("application/problem+json");

    filter.filter(request.context(), response.context());

    assertThat(response.headers.getFirst("Content-Security-Policy"))
        .isEqualTo("default-src 'none'; frame-ancestors 'none'");
  }

  @Test
  void anHtmlResponseGetsNoApiContentSecurityPolicy() {
    response.mediaType = MediaType.TEXT_HTML_TYPE;

    filter.filter(request.context(), response.context());

    assertThat(response.headers).doesNotContainKey("Content-Security-Policy");
  }

  @Test
  void anAuthenticatedResponseIsNeverStoredAndAnAnonymousOneIsLeftAlone() {
    FakeResponse anonymous = new FakeResponse();
    filter.filter(request.context(), anonymous.context());

    request.headers.put("Authorization", "Bearer x");
    response.headers.putSingle("Cache-Control", "max-age=600");
    filter.filter(request.context(), response.context());

    assertThat(anonymous.headers).doesNotContainKey("Cache-Control");
    assertThat(response.headers.getFirst("Cache-Control")).isEqualTo("no-store");
  }
}
