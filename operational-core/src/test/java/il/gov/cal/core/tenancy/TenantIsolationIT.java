package il.gov.cal.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.core.api.CoreClient.Reply;
import il.gov.cal.security.identity.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One organisation can neither read nor change another's rows: every attempt is a plain 404. */
class TenantIsolationIT {

  private static CoreClient a;
  private static CoreClient b;
  private static long unitOfA;
  private static long holderOfA;
  private static long cardOfA;
  private static long budgetOfA;
  private static long unitOfB;

  @BeforeAll
  static void twoOrganisations() throws Exception {
    a = CoreClient.forNewOrganisation();
    b = CoreClient.forNewOrganisation();
    unitOfA = a.createUnit("ISO-A", null);
    unitOfB = b.createUnit("ISO-B", null);
    holderOfA =
        a.post(
                "/cardholders",
                "{\"unitId\":"
                    + unitOfA
                    + ",\"externalRef\":\"ISO-H\",\"firstName\":\"A\","
                    + "\"lastName\":\"B\",\"nationalId\":\"000000018\"}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();
    cardOfA =
        a.post("/cards", "{\"unitId\":" + unitOfA + ",\"product\":\"VIRTUAL\"}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();
    budgetOfA =
        a.post(
                "/budgets",
                "{\"unitId\":"
                    + unitOfA
                    + ",\"fiscalYear\":2026,"
                    + "\"allocated\":{\"amount\":\"10.00\",\"currency\":\"ILS\"}}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();
  }

  @Test
  void anotherOrganisationsRowsAreNotFoundByGet() throws Exception {
    for (String path :
        List.of(
            "/units/" + unitOfA,
            "/cardholders/" + holderOfA,
            "/cards/" + cardOfA,
            "/budgets/" + budgetOfA,
            "/organisations/" + a.organisationId())) {
      Reply reply = b.get(path);
      assertThat(reply.status()).as(path).isEqualTo(404);
      assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
    }
  }

  @Test
  void anotherOrganisationsRowsCannotBeChanged() throws Exception {
    assertThat(b.post("/units/" + unitOfA + "/rename", "{\"name\":\"taken\"}").status())
        .isEqualTo(404);
    assertThat(b.post("/units/" + unitOfB + "/move", "{\"parentId\":" + unitOfA + "}").status())
        .isEqualTo(404);
    assertThat(
            b.put("/cardholders/" + holderOfA + "/unit", "{\"unitId\":" + unitOfB + "}").status())
        .isEqualTo(404);
    assertThat(b.post("/cards/" + cardOfA + "/cancellation").status()).isEqualTo(404);
    assertThat(b.post("/cards", "{\"unitId\":" + unitOfA + ",\"product\":\"VIRTUAL\"}").status())
        .isEqualTo(404);

    assertThat(a.get("/units/" + unitOfA).expect(200).getString("name")).isEqualTo("Unit ISO-A");
    assertThat(a.get("/cards/" + cardOfA).expect(200).getString("status")).isEqualTo("REQUESTED");
  }

  @Test
  void listsShowOnlyTheCallersOwnRows() throws Exception {
    assertThat(b.get("/units").body()).doesNotContain("ISO-A").contains("ISO-B");
    assertThat(b.get("/cards").expect(200).getJsonArray("items")).isEmpty();
    assertThat(b.get("/cardholders").expect(200).getJsonArray("items")).isEmpty();
    assertThat(b.get("/transactions?unitId=" + unitOfA).expect(200).getJsonArray("items"))
        .isEmpty();
    assertThat(b.get("/budgets?unitId=" + unitOfA).status()).isEqualTo(404);
  }

  @Test
  void aCursorIssuedToAnotherOrganisationIsRefused() throws Exception {
    a.post("/cards", "{\"unitId\":" + unitOfA + ",\"product\":\"PHYSICAL\"}").expect(201);
    String cursor = a.get("/cards?limit=1").expect(200).getString("next");

    Reply reply = b.get("/cards?cursor=" + cursor);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("code")).isEqualTo("request.invalid-cursor");
  }

  @Test
  void aRequestWithoutATokenIs401() throws Exception {
    assertThat(CoreClient.anonymous().get("/units").status()).isEqualTo(401);
  }

  @Test
  void aTokenNamingAnUnknownOrganisationIs401() throws Exception {
    Reply reply = CoreClient.as(987_654_321L, Role.ORG_ADMIN).get("/units");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().getString("code")).isEqualTo("tenant.unknown");
  }

  @Test
  void aTokenNamingNoOrganisationReachesNoTenantData() throws Exception {
    Reply reply = CoreClient.platformAdmin().get("/cards/" + cardOfA);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body()).doesNotContain("REQUESTED");
  }
}
