package il.gov.cal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.security.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each endpoint admits only the roles it declares; any other authenticated caller gets 403. */
class RoleAccessIT {

  private static CoreClient admin;
  private static long unit;

  @BeforeAll
  static void organisation() throws Exception {
    admin = CoreClient.forNewOrganisation();
    unit = admin.createUnit("ROLE-U", null);
  }

  @Test
  void onlyAPlatformAdministratorRegistersOrganisations() throws Exception {
    String body = "{\"code\":\"NOPE\",\"name\":\"Refused\"}";

    assertThat(admin.withRoles(Role.ORG_ADMIN).post("/organisations", body).status())
        .isEqualTo(403);
  }

  @Test
  void aCardholderCannotAdministerUnitsCardsOrBudgets() throws Exception {
    CoreClient holder = admin.withRoles(Role.CARDHOLDER);

    assertThat(holder.post("/units", "{\"code\":\"X\",\"name\":\"X\"}").status()).isEqualTo(403);
    assertThat(holder.get("/cards").status()).isEqualTo(403);
    assertThat(holder.get("/cardholders").status()).isEqualTo(403);
    assertThat(holder.get("/budgets?unitId=" + unit).status()).isEqualTo(403);
  }

  @Test
  void anAnalystReadsButDoesNotWrite() throws Exception {
    CoreClient analyst = admin.withRoles(Role.ANALYST);

    assertThat(analyst.get("/units").status()).isEqualTo(200);
    assertThat(analyst.get("/transactions").status()).isEqualTo(200);
    assertThat(analyst.post("/cards", "{\"unitId\":" + unit + ",\"product\":\"VIRTUAL\"}").status())
        .isEqualTo(403);
    assertThat(analyst.get("/cardholders").status()).isEqualTo(403);
  }

  @Test
  void onlyTheFinanceManagerAllocatesBudgets() throws Exception {
    String body =
        "{\"unitId\":"
            + unit
            + ",\"fiscalYear\":2030,"
            + "\"allocated\":{\"amount\":\"1.00\",\"currency\":\"ILS\"}}";

    assertThat(admin.withRoles(Role.ORG_ADMIN).post("/budgets", body).status()).isEqualTo(403);
    assertThat(admin.withRoles(Role.FINANCE_MANAGER).post("/budgets", body).status())
        .isEqualTo(201);
  }

  @Test
  void onlyTheIssuerSystemRecordsIssuanceAndImports() throws Exception {
    long card =
        admin
            .post("/cards", "{\"unitId\":" + unit + ",\"product\":\"VIRTUAL\"}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();
    String issued = "{\"issuerToken\":\"tok_role\",\"last4\":\"4242\",\"expiry\":\"2030-01\"}";

    assertThat(
            admin.withRoles(Role.ORG_ADMIN).post("/cards/" + card + "/issuance", issued).status())
        .isEqualTo(403);
    assertThat(admin.withRoles(Role.ORG_ADMIN).get("/imports/1").status()).isEqualTo(403);
  }
}
