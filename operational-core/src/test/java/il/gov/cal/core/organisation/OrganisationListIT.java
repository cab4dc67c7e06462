package il.gov.cal.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.core.api.CoreClient.Reply;
import il.gov.cal.security.identity.Role;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /organisations}: a platform administrator pages through every organisation; every
 * other role that may read organisations sees its own and no other, whatever cursor it sends.
 */
class OrganisationListIT {

  private static CoreClient a;
  private static CoreClient b;

  @BeforeAll
  static void organisations() throws Exception {
    a = CoreClient.forNewOrganisation();
    b = CoreClient.forNewOrganisation();
  }

  @Test
  void aPlatformAdministratorPagesThroughEveryOrganisationInIdOrder() throws Exception {
    List<Long> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page =
          CoreClient.platformAdmin()
              .get("/organisations?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
              .expect(200);
      assertThat(page.getJsonArray("items")).hasSizeLessThanOrEqualTo(2);
      page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
          .map(o -> o.getJsonNumber("id").longValue())
          .forEach(ids::add);
      cursor = page.getString("next", null);
      pages++;
    } while (cursor != null && pages < 10_000);

    assertThat(ids)
        .contains(a.organisationId(), b.organisationId())
        .isSorted()
        .doesNotHaveDuplicates();
  }

  @Test
  void everyOtherRoleSeesItsOwnOrganisationOnly() throws Exception {
    for (Role role :
        List.of(Role.ORG_ADMIN, Role.FINANCE_MANAGER, Role.UNIT_MANAGER, Role.ANALYST)) {
      JsonObject page = a.withRoles(role).get("/organisations").expect(200);

      assertThat(ids(page)).as(role.toString()).containsExactly(a.organisationId());
      assertThat(page.getJsonArray("items").getJsonObject(0).getString("code")).startsWith("T");
    }
  }

  @Test
  void anotherOrganisationsCursorIsRefused() throws Exception {
    String cursorOfA =
        a.withRoles(Role.ANALYST).get("/organisations?limit=1").expect(200).getString("next");

    Reply reply = b.withRoles(Role.ANALYST).get("/organisations?cursor=" + cursorOfA);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("code")).isEqualTo("request.invalid-cursor");
    assertThat(reply.body()).doesNotContain("\"id\":" + a.organisationId() + ",");
  }

  @Test
  void aPlatformAdministratorsCursorShowsAnOrganisationRoleNothingMore() throws Exception {
    String cursor =
        CoreClient.platformAdmin().get("/organisations?limit=1").expect(200).getString("next");

    Reply reply = a.withRoles(Role.ORG_ADMIN).get("/organisations?cursor=" + cursor);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("code")).isEqualTo("request.invalid-cursor");
  }

  @Test
  void rolesThatSeeNoOrganisationAreRefused() throws Exception {
    assertThat(a.withRoles(Role.CARDHOLDER).get("/organisations").status()).isEqualTo(403);
    assertThat(a.withRoles(Role.ISSUER_SYSTEM).get("/organisations").status()).isEqualTo(403);
    assertThat(CoreClient.anonymous().get("/organisations").status()).isEqualTo(401);
  }

  @Test
  void aLimitOutOfRangeIs400NamingIt() throws Exception {
    Reply reply = CoreClient.platformAdmin().get("/organisations?limit=0");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("limit");
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonNumber("id"))
        .map(JsonNumber::longValue)
        .toList();
  }
}
