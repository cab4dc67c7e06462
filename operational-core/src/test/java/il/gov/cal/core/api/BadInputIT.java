package il.gov.cal.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input is always a problem response naming what to fix, never a 500. */
class BadInputIT {

  private static CoreClient org;

  @BeforeAll
  static void organisation() throws Exception {
    org = CoreClient.forNewOrganisation();
  }

  @Test
  void malformedJsonIs400NamingWhere() throws Exception {
    Reply reply = org.post("/units", "{\"code\": \"X\", \"name\": }");

    JsonObject problem = problem(reply, 400);
    assertThat(problem.getString("code")).isEqualTo("malformed-json");
    assertThat(field(problem)).startsWith("line 1, column ");
  }

  @Test
  void aValueOfTheWrongTypeIs400NamingTheProperty() throws Exception {
    Reply reply = org.post("/units", "{\"code\":\"X\",\"name\":\"Y\",\"parentId\":\"abc\"}");

    JsonObject problem = problem(reply, 400);
    assertThat(field(problem)).isEqualTo("parentId");
  }

  @Test
  void aMissingRequiredFieldIs400NamingIt() throws Exception {
    Reply reply = org.post("/units", "{\"name\":\"No code\"}");

    JsonObject problem = problem(reply, 400);
    assertThat(problem.getString("code")).isEqualTo("validation");
    assertThat(field(problem)).isEqualTo("code");
  }

  @Test
  void anInvalidNationalIdIs400NamingIt() throws Exception {
    long unit = org.createUnit("BAD-NID", null);

    Reply reply =
        org.post(
            "/cardholders",
            "{\"unitId\":"
                + unit
                + ",\"externalRef\":\"R\",\"firstName\":\"A\","
                + "\"lastName\":\"B\",\"nationalId\":\"123456789\"}");

    assertThat(field(problem(reply, 400))).isEqualTo("nationalId");
    assertThat(reply.body()).doesNotContain("123456789");
  }

  @Test
  void badQueryParametersAre400NamingThem() throws Exception {
    assertThat(field(problem(org.get("/transactions?limit=abc"), 400))).isEqualTo("limit");
    assertThat(field(problem(org.get("/transactions?from=31-01-2026"), 400))).isEqualTo("from");
    assertThat(field(problem(org.get("/cards?unitId=-3"), 400))).isEqualTo("unitId");
    assertThat(field(problem(org.get("/cards?cursor=12.AAAA"), 400))).isEqualTo("cursor");
  }

  @Test
  void anAmountWithTooManyDecimalsIs400() throws Exception {
    long unit = org.createUnit("BAD-AMT", null);

    Reply reply =
        org.post(
            "/budgets",
            "{\"unitId\":"
                + unit
                + ",\"fiscalYear\":2026,"
                + "\"allocated\":{\"amount\":\"10.005\",\"currency\":\"ILS\"}}");

    assertThat(field(problem(reply, 400))).isEqualTo("allocated.amount");
  }

  @Test
  void unknownIdsAndPathsAre404Problems() throws Exception {
    assertThat(problem(org.get("/cards/987654321"), 404).getString("code"))
        .isEqualTo("card.not-found");
    assertThat(problem(org.get("/nothing-here"), 404).getString("code")).isEqualTo("not-found");
  }

  private static JsonObject problem(Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    return reply.json();
  }

  private static String field(JsonObject problem) {
    return problem.getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
