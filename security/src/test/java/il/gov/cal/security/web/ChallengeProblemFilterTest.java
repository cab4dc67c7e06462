package il.gov.cal.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.testing.FakeRequest;
import il.gov.cal.security.testing.FakeResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ChallengeProblemFilterTest {

  private final ChallengeProblemFilter filter = new ChallengeProblemFilter();
  private final FakeRequest request = new FakeRequest();
  private final FakeResponse response = new FakeResponse();

  @Test
  void aBare401BecomesTheUnauthorizedProblemKeepingItsChallenge() {
    request.path = "/core/units";
    request.properties.put(CorrelationIdFilter.PROPERTY, "bare-challenge-0001");
    response.status = 401;
    response.hasEntity = false;
    response.headers.putSingle("WWW-Authenticate", "Bearer realm=\"cal\"");

    filter.filter(request.context(), response.context());

    JsonObject problem = Json.createReader(new StringReader((String) response.entity)).readObject();
    assertThat(response.mediaType).hasToString("application/problem+json");
    assertThat(problem.getString("type")).isEqualTo("urn:cal:problem:unauthorized");
    assertThat(problem.getString("title")).isEqualTo("Unauthorized");
    assertThat(problem.getInt("status")).isEqualTo(401);
    assertThat(problem.getString("detail")).isEqualTo(ChallengeProblemFilter.DETAIL);
    assertThat(problem.getString("instance")).isEqualTo("/core/units");
    assertThat(problem.getString("correlationId")).isEqualTo("bare-challenge-0001");
    assertThat(response.headers.getFirst("X-Correlation-Id")).isEqualTo("bare-challenge-0001");
    assertThat(response.headers.getFirst("WWW-Authenticate")).isEqualTo("Bearer realm=\"cal\"");
  }

  @Test
  void a401WithABodyOfItsOwnIsLeftAlone() {
    response.status = 401;
    response.entity = "{\"code\":\"tenant.unknown\"}";

    filter.filter(request.context(), response.context());

    assertThat(response.entity).isEqualTo("{\"code\":\"tenant.unknown\"}");
  }

  @Test
  void anEmptyAnswerOfAnotherStatusIsLeftAlone() {
    response.status = 204;
    response.hasEntity = false;

    filter.filter(request.context(), response.context());

    assertThat(response.entity).isNull();
  }
}
