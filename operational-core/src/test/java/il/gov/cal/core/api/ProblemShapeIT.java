package il.gov.cal.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient.Reply;
import il.gov.cal.security.identity.Role;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every problem the core answers has one shape, whichever layer refused the request (a domain rule,
 * a request filter, bean validation, the framework): RFC 9457's type, title, status, detail and
 * instance (the full request path, context root included), the stable code, the correlation id that
 * the response's header carries too, and the field errors where there are any.
 */
class ProblemShapeIT {

  private static CoreClient org;

  @BeforeAll
  static void organisation() throws Exception {
    org = CoreClient.forNewOrganisation();
  }

  @Test
  void aDomainNotFoundIsAFullProblem() throws Exception {
    JsonObject problem = problem(org.get("/cards/987654321"), 404, "card.not-found");

    assertThat(problem.getString("title")).isEqualTo("Not found");
    assertThat(problem.getString("detail")).isEqualTo("No card with id 987654321");
    assertThat(problem.getString("instance")).isEqualTo("/core/cards/987654321");
    assertThat(problem.containsKey("errors")).isFalse();
  }

  @Test
  void aDomainConflictIsAFullProblem() throws Exception {
    long unit = org.createUnit("SHAPE-409", null);
    long card =
        org.post("/cards", "{\"unitId\":" + unit + ",\"product\":\"VIRTUAL\"}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();

    JsonObject problem =
        problem(org.post("/cards/" + card + "/freeze"), 409, "card.illegal-transition");

    assertThat(problem.getString("title")).isEqualTo("Conflict with the current state");
    assertThat(problem.getString("detail")).isEqualTo("A REQUESTED card cannot become FROZEN");
    assertThat(problem.getString("instance")).isEqualTo("/core/cards/" + card + "/freeze");
  }

  @Test
  void anUnprocessableRequestRefusedByAFilterIsAFullProblem() throws Exception {
    org.postIdempotent("/units", "shape-422", "{\"code\":\"SHAPE-A\",\"name\":\"A\"}").expect(201);

    Reply reused =
        org.postIdempotent("/units", "shape-422", "{\"code\":\"SHAPE-B\",\"name\":\"B\"}");

    JsonObject problem = problem(reused, 422, "idempotency.key-reused");
    assertThat(problem.getString("title")).isEqualTo("Business rule violated");
    assertThat(problem.getString("detail")).contains("Idempotency-Key");
    assertThat(problem.getString("instance")).isEqualTo("/core/units");
  }

  @Test
  void aBodyFailingValidationIsA400NamingEachField() throws Exception {
    JsonObject problem =
        problem(org.post("/units", "{\"name\":\"\",\"parentId\":null}"), 400, "validation");

    assertThat(problem.getString("title")).isEqualTo("Request validation failed");
    assertThat(problem.getString("detail")).isEqualTo("2 fields are invalid.");
    assertThat(problem.getString("instance")).isEqualTo("/core/units");
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("code", "name");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("reason")).isNotBlank();
  }

  @Test
  void aBadQueryParameterIsA400NamingIt() throws Exception {
    JsonObject problem = problem(org.get("/transactions?limit=abc"), 400, "request.invalid-limit");

    assertThat(problem.getString("title")).isEqualTo("Bad request");
    assertThat(problem.getString("detail")).isEqualTo("limit: must be between 1 and 200");
    assertThat(problem.getString("instance")).isEqualTo("/core/transactions");
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("limit");
    assertThat(error.getString("reason")).isEqualTo("must be between 1 and 200");
  }

  @Test
  void anUnknownOrganisationRefusedBeforeTheResourceIsAFullProblem() throws Exception {
    Reply reply = CoreClient.as(987_654_321L, Role.ORG_ADMIN).get("/units");

    JsonObject problem = problem(reply, 401, "tenant.unknown");
    assertThat(problem.getString("instance")).isEqualTo("/core/units");
    assertThat(reply.raw().headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer error=\"invalid_token\"");
  }

  @Test
  void aDomainProblemHasTheSameMembersAsAFrameworkRefusal() throws Exception {
    JsonObject domain = problem(org.get("/cards/987654321"), 404, "card.not-found");
    JsonObject framework = problem(org.get("/nothing-here"), 404, "not-found");

    assertThat(domain.keySet()).isEqualTo(framework.keySet());
    assertThat(framework.getString("instance")).isEqualTo("/core/nothing-here");
  }

  /** Checks the members every problem has, and returns the problem. */
  private static JsonObject problem(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getString("type")).isEqualTo("urn:cal:problem:" + code);
    assertThat(problem.getString("code")).isEqualTo(code);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(problem.getString("instance")).startsWith("/core/");
    assertThat(problem.getString("correlationId"))
        .isNotBlank()
        .isEqualTo(reply.raw().headers().firstValue("X-Correlation-Id").orElse(null));
    return problem;
  }
}
