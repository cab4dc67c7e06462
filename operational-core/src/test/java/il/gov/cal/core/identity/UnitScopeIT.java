package il.gov.cal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.core.platform.RunningCore;
import il.gov.cal.security.identity.Role;
import il.gov.cal.security.identity.TokenRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A unit manager sees their unit and the units below it, and nothing beside or above. */
class UnitScopeIT {

  private static CoreClient admin;
  private static CoreClient manager;
  private static long top;
  private static long managed;
  private static long below;
  private static long beside;

  @BeforeAll
  static void tree() throws Exception {
    admin = CoreClient.forNewOrganisation();
    top = admin.createUnit("SCOPE-TOP", null);
    managed = admin.createUnit("SCOPE-MANAGED", top);
    below = admin.createUnit("SCOPE-BELOW", managed);
    beside = admin.createUnit("SCOPE-BESIDE", top);
    TokenRequest request =
        TokenRequest.of("unit-manager-it", Role.UNIT_MANAGER)
            .inOrganisation(admin.organisationId())
            .inUnit(managed, null);
    manager = CoreClient.withToken(admin.organisationId(), RunningCore.token(request));
  }

  @Test
  void theTreeHoldsOnlyTheManagersSubtree() throws Exception {
    String tree = manager.get("/units").body();

    assertThat(tree).contains("SCOPE-MANAGED", "SCOPE-BELOW");
    assertThat(tree).doesNotContain("SCOPE-TOP", "SCOPE-BESIDE");
  }

  @Test
  void unitsOutsideTheSubtreeAreNotFound() throws Exception {
    assertThat(manager.get("/units/" + below).status()).isEqualTo(200);
    assertThat(manager.get("/units/" + beside).status()).isEqualTo(404);
    assertThat(manager.get("/units/" + top).status()).isEqualTo(404);
  }

  @Test
  void transactionListingIsLimitedToTheSubtree() throws Exception {
    assertThat(manager.get("/transactions?unitId=" + beside).expect(200).getJsonArray("items"))
        .isEmpty();
  }
}
