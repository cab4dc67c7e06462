package il.gov.cal.security.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void toJsonWritesTheRfc9457MembersAndThePlatformExtensions() {
    Problem problem =
        Problem.of(422, "budget.exceeded", "Business rule violated", "Unit budget is exhausted.")
            .withInstance("/core/charges")
            .withCorrelationId("abc-12345678")
            .withErrors(List.of(new FieldError("amount", "exceeds the remaining budget")));

    JsonObject json = Json.createReader(new StringReader(problem.toJson())).readObject();

    assertThat(json.getString("type")).isEqualTo("urn:cal:problem:budget.exceeded");
    assertThat(json.getString("title")).isEqualTo("Business rule violated");
    assertThat(json.getInt("status")).isEqualTo(422);
    assertThat(json.getString("detail")).isEqualTo("Unit budget is exhausted.");
    assertThat(json.getString("instance")).isEqualTo("/core/charges");
    assertThat(json.getString("code")).isEqualTo("budget.exceeded");
    assertThat(json.getString("correlationId")).isEqualTo("abc-12345678");
    assertThat(json.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("amount");
  }

  @Test
  void toJsonLeavesOutAbsentOptionalMembers() {
    String json = Problem.of(404, "not-found", "Not found", null).toJson();

    assertThat(json).doesNotContain("detail", "instance", "correlationId", "errors");
  }

  @Test
  void constructionRedactsDetailInstanceAndFieldReasons() {
    Problem problem =
        Problem.of(400, "bad-request", "Bad request", "card 4111111111111111 rejected")
            .withInstance("/cards/123456782")
            .withErrors(List.of(new FieldError("pin", "pin=1234 is too short")));

    assertThat(problem.toJson())
        .doesNotContain("4111111111111111", "123456782", "1234 ")
        .contains("[PAN ****1111]", "[NATIONAL-ID]", "pin=[REDACTED]");
  }

  @Test
  void constructionRejectsAnUnstableCodeOrANonErrorStatus() {
    assertThatThrownBy(() -> Problem.of(400, "Bad Request", "t", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Problem.of(302, "moved", "t", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
