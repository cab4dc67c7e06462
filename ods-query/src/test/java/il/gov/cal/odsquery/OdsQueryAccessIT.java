package il.gov.cal.odsquery;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.identity.LocalTokenIssuer;
import il.gov.cal.security.identity.Role;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who sees what: tokens, roles, the caller's organisation and a unit manager's subtree. */
class OdsQueryAccessIT extends OdsQueryServerTestBase {

  @Test
  void aSearchSeesOnlyTheCallersOrganisation() throws Exception {
    JsonObject page = json(get("/ods/transactions?merchant=landwer&size=200", OTHER_ORG));

    assertThat(ids(page)).containsExactly(100L);
  }

  @Test
  void aRequestWithoutTokenIsRefusedOnEveryEndpointWithAProblemAndTheChallenge() throws Exception {
    for (String path :
        List.of(
            "/ods/transactions",
            "/ods/transactions/export",
            "/ods/spend/by-unit",
            "/ods/budgets?period=2025-02",
            "/ods/status")) {
      HttpResponse<String> response = send(path, null);

      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isPresent();
      assertThat(response.headers().firstValue("WWW-Authenticate").get()).startsWith("Bearer");
      assertThat(response.headers().firstValue("Content-Type"))
          .as(path)
          .hasValue("application/problem+json");
      JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
      assertThat(problem.getString("type")).isEqualTo("urn:cal:problem:unauthorized");
      assertThat(problem.getInt("status")).isEqualTo(401);
      assertThat(problem.getString("instance")).isEqualTo(path.replaceFirst("\\?.*", ""));
      assertThat(problem.getString("correlationId"))
          .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
    }
  }

  @Test
  void aTokenFromAnotherIssuerKeyIsRefused() throws Exception {
    LocalTokenIssuer stranger =
        LocalTokenIssuer.open(
            Path.of("target", "it-keys-stranger").toAbsolutePath(), ISSUER, AUDIENCE);
    String forged = stranger.issue(request("forged", ORG, null, Role.ORG_ADMIN));

    assertThat(send("/ods/transactions", forged).statusCode()).isEqualTo(401);
  }

  @Test
  void aRoleTheEndpointDoesNotAllowIsForbidden() throws Exception {
    String cardholder = token(request("holder", ORG, null, Role.CARDHOLDER));
    String platformAdmin = token(request("operator", null, null, Role.PLATFORM_ADMIN));

    assertThat(send("/ods/transactions", cardholder).statusCode()).isEqualTo(403);
    assertThat(send("/ods/status", cardholder).statusCode()).isEqualTo(403);
    assertThat(send("/ods/transactions", platformAdmin).statusCode()).isEqualTo(403);
    assertThat(send("/ods/status", platformAdmin).statusCode()).isEqualTo(200);
  }

  @Test
  void aTokenWithoutOrganisationSeesNothing() throws Exception {
    HttpResponse<String> response =
        send("/ods/transactions", token(request("no-org", null, null, Role.ANALYST)));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("organisation.missing");
  }

  @Test
  void anotherOrganisationsTokenSeesNothingOfThisOrganisation() throws Exception {
    JsonObject byCard = json(get("/ods/transactions?card=17&size=200", OTHER_ORG));
    JsonObject byUnit = json(get("/ods/transactions?unit=4&size=200", OTHER_ORG));
    JsonArray budgets = jsonArray(get("/ods/budgets?period=2025-02", OTHER_ORG));
    JsonArray byMerchant = jsonArray(get("/ods/spend/top-merchants?limit=100", OTHER_ORG));
    String csv = get("/ods/transactions/export?card=18", OTHER_ORG).body();

    assertThat(ids(byCard)).isEmpty();
    assertThat(ids(byUnit)).isEmpty();
    assertThat(budgets).hasSize(1);
    assertThat(budgets.getJsonObject(0).getJsonNumber("unitId").longValue()).isEqualTo(50L);
    assertThat(byMerchant)
        .extracting(v -> v.asJsonObject().getString("key"))
        .containsExactly("Cafe Landwer");
    assertThat(csv.split("\r\n")).hasSize(1);
  }

  @Test
  void aUnitManagerSeesOnlyItsSubtreeWhateverTheFilter() throws Exception {
    String finance = token(request("finance-manager-unit", ORG, FINANCE, Role.UNIT_MANAGER));
    String procurement =
        token(request("procurement-manager-unit", ORG, PROCUREMENT, Role.UNIT_MANAGER));

    JsonObject all = json(send("/ods/transactions?size=200", finance));
    JsonObject root = json(send("/ods/transactions?unit=1&size=200", procurement));
    JsonArray budgets = jsonArray(send("/ods/budgets?period=2025-02", finance));
    JsonArray byUnit = jsonArray(send("/ods/spend/by-unit", finance));
    String csv = send("/ods/transactions/export?sort=date", procurement).body();

    assertThat(ids(all)).hasSize(19).doesNotContain(3L, 6L, 24L);
    assertThat(ids(root)).hasSize(8).allMatch(id -> id % 3 == 2);
    assertThat(budgets)
        .extracting(v -> v.asJsonObject().getJsonNumber("unitId").longValue())
        .containsExactly(4L, 9L);
    assertThat(byUnit)
        .extracting(v -> v.asJsonObject().getString("key"))
        .containsExactlyInAnyOrder("4", "9");
    assertThat(csv.split("\r\n")).hasSize(9);
  }

  @Test
  void aUnitManagersCursorCannotBeReplayedByTheWholeOrganisation() throws Exception {
    String procurement =
        token(request("procurement-manager-unit", ORG, PROCUREMENT, Role.UNIT_MANAGER));
    String next = json(send("/ods/transactions?size=2", procurement)).getString("next");

    HttpResponse<String> replayed = get("/ods/transactions?size=2&cursor=" + encode(next), ORG);

    assertThat(replayed.statusCode()).isEqualTo(400);
  }

  @Test
  void aUnitManagerWithoutUnitPathIsForbidden() throws Exception {
    String token = token(request("lost-manager", ORG, null, Role.UNIT_MANAGER));

    HttpResponse<String> response = send("/ods/transactions", token);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("unit.scope-missing");
  }
}
