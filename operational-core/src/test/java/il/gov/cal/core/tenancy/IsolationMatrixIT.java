package il.gov.cal.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.core.api.CoreClient.Reply;
import il.gov.cal.security.identity.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every core endpoint called about organisation A's rows by a caller of organisation B holding
 * every organisation role: the answer is 403 or 404, or for a list an empty page, and never holds
 * anything of A's.
 */
class IsolationMatrixIT {

  private static final List<String> MARKERS = List.of("MATRIX-A", "MATRIX-H", "tok_matrix");

  private static CoreClient a;
  private static CoreClient b;
  private static long unit;
  private static long holder;
  private static long card;
  private static long budget;
  private static long unitOfB;

  @BeforeAll
  static void dataOfA() throws Exception {
    a = CoreClient.forNewOrganisation();
    unit = a.createUnit("MATRIX-A", null);
    holder =
        id(
            a.post(
                "/cardholders",
                "{\"unitId\":"
                    + unit
                    + ",\"externalRef\":\"MATRIX-H\",\"firstName\":\"A\","
                    + "\"lastName\":\"B\",\"nationalId\":\"000000018\"}"));
    card = id(a.post("/cards", "{\"unitId\":" + unit + ",\"product\":\"VIRTUAL\"}"));
    a.post(
            "/cards/" + card + "/issuance",
            "{\"issuerToken\":\"tok_matrix\",\"last4\":\"4242\",\"expiry\":\"2030-01\"}")
        .expect(200);
    budget =
        id(
            a.post(
                "/budgets",
                "{\"unitId\":"
                    + unit
                    + ",\"fiscalYear\":2031,"
                    + "\"allocated\":{\"amount\":\"10.00\",\"currency\":\"ILS\"}}"));
    CoreClient other = CoreClient.forNewOrganisation();
    unitOfB = other.createUnit("MATRIX-B", null);
    b =
        other.withRoles(
            Role.ORG_ADMIN,
            Role.FINANCE_MANAGER,
            Role.UNIT_MANAGER,
            Role.ANALYST,
            Role.ISSUER_SYSTEM,
            Role.CARDHOLDER);
  }

  private static long id(Reply reply) {
    return reply.expect(201).getJsonNumber("id").longValue();
  }

  @Test
  void readsOfAnotherOrganisationsRowsAreNotFound() throws Exception {
    for (String path :
        List.of(
            "/organisations/" + a.organisationId(),
            "/units/" + unit,
            "/cardholders/" + holder,
            "/cards/" + card,
            "/budgets/" + budget,
            "/budgets?unitId=" + unit)) {
      refused(path, b.get(path));
    }
  }

  @Test
  void listsFilteredByAnotherOrganisationsIdsAreEmpty() throws Exception {
    for (String path :
        List.of(
            "/units",
            "/cardholders?unitId=" + unit,
            "/cards?unitId=" + unit,
            "/cards?cardholderId=" + holder,
            "/transactions?unitId=" + unit,
            "/transactions?cardId=" + card)) {
      Reply reply = b.get(path);
      assertThat(reply.status()).as(path).isIn(200, 403, 404);
      assertThat(reply.body()).as(path).doesNotContain(MARKERS);
    }
  }

  @Test
  void commandsOnAnotherOrganisationsRowsAreNotFound() throws Exception {
    String issued = "{\"issuerToken\":\"tok_x\",\"last4\":\"1111\",\"expiry\":\"2030-01\"}";
    refused("rename", b.post("/units/" + unit + "/rename", "{\"name\":\"taken\"}"));
    refused("move", b.post("/units/" + unitOfB + "/move", "{\"parentId\":" + unit + "}"));
    refused(
        "child unit",
        b.post("/units", "{\"code\":\"M2\",\"name\":\"M\",\"parentId\":" + unit + "}"));
    refused(
        "enrol",
        b.post(
            "/cardholders",
            "{\"unitId\":"
                + unit
                + ",\"externalRef\":\"M3\",\"firstName\":\"A\","
                + "\"lastName\":\"B\",\"nationalId\":\"000000026\"}"));
    refused("transfer", b.put("/cardholders/" + holder + "/unit", "{\"unitId\":" + unitOfB + "}"));
    refused("request card", b.post("/cards", "{\"unitId\":" + unit + ",\"product\":\"VIRTUAL\"}"));
    refused("issuance", b.post("/cards/" + card + "/issuance", issued));
    refused(
        "assign", b.post("/cards/" + card + "/assignment", "{\"cardholderId\":" + holder + "}"));
    for (String command : List.of("activation", "freeze", "unfreeze", "cancellation")) {
      refused(command, b.post("/cards/" + card + "/" + command));
    }
    refused(
        "allocate",
        b.post(
            "/budgets",
            "{\"unitId\":"
                + unit
                + ",\"fiscalYear\":2032,"
                + "\"allocated\":{\"amount\":\"1.00\",\"currency\":\"ILS\"}}"));

    assertThat(a.get("/cards/" + card).expect(200).getString("status")).isEqualTo("ISSUED");
    assertThat(a.get("/units/" + unit).expect(200).getString("name")).isEqualTo("Unit MATRIX-A");
  }

  private static void refused(String what, Reply reply) {
    assertThat(reply.status()).as(what).isIn(403, 404);
    assertThat(reply.body()).as(what).doesNotContain(MARKERS);
  }
}
