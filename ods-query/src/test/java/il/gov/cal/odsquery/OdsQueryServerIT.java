package il.gov.cal.odsquery;

import static il.gov.cal.odsaccess.testing.OdsDocuments.budget;
import static il.gov.cal.odsaccess.testing.OdsDocuments.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.LibertyServer;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.odsaccess.testing.OdsDocuments.Unit;
import il.gov.cal.odsaccess.testing.OdsIndexFixture;
import il.gov.cal.security.identity.LocalTokenIssuer;
import il.gov.cal.security.identity.Role;
import il.gov.cal.security.identity.TokenRequest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ODS query service on a real Liberty, against a real OpenSearch node seeded with documents
 * shaped like the CDC pipeline's, and a real MariaDB in which the service account has no access to
 * the operational core's schema, which does not even exist: every answer comes from the ODS.
 *
 * <p>Callers present bearer tokens of a local token issuer whose keys live under {@code
 * target/it-keys}; the server verifies them as it would the CC identity component's.
 */
class OdsQueryServerIT {

  static final long ORG = 1;
  static final long OTHER_ORG = 2;
  static final long EXPORT_ORG = 3;
  static final long PAGING_ORG = 4;
  static final Unit ROOT = new Unit(1, "Ministry", "/1/");
  static final Unit FINANCE = new Unit(4, "Finance", "/1/4/");
  static final Unit PROCUREMENT = new Unit(9, "Procurement", "/1/4/9/");
  static final Unit OTHER = new Unit(50, "Other ministry", "/50/");
  static final Unit PAGING = new Unit(60, "Paging ministry", "/60/");

  /** The issuer every test token names. */
  static final String ISSUER = "https://cc.test.local";

  /** The audience every test token names. */
  static final String AUDIENCE = "cal-ods-test";

  /** Where the local token issuer's keys live. */
  static final Path KEY_DIR = Path.of("target", "it-keys").toAbsolutePath();

  private static LibertyServer server;
  private static OdsIndexFixture ods;
  private static LocalTokenIssuer issuer;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void seedTheOdsAndStartTheService() throws Exception {
    EmbeddedDatabase db = TestStack.database();
    withoutTheCoreDatabase(db);
    ods = new OdsIndexFixture(TestStack.search().httpUrl());
    ods.recreate("transactions").recreate("budgets").recreate("cards").recreate("units");
    ods.recreate("cardholders");
    List<Map<String, Object>> docs = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      Unit unit = i % 3 == 0 ? ROOT : i % 3 == 1 ? FINANCE : PROCUREMENT;
      String date = String.format("2025-02-%02d", i);
      String merchant = i % 5 == 0 ? "Office Depot Jerusalem" : "Cafe Landwer";
      String mcc = i % 5 == 0 ? "5943" : "5812";
      docs.add(transaction(i, ORG, 17, unit, merchant, mcc, date, i * 1000L, "ILS"));
      docs.add(transaction(200 + i, PAGING_ORG, 60, PAGING, "Shop", "5411", date, 100, "ILS"));
    }
    docs.add(
        transaction(26, ORG, 18, FINANCE, "Amazon, \"US\"", "5942", "2025-03-01", 5000, "USD"));
    docs.add(
        transaction(27, ORG, 18, FINANCE, "=HYPERLINK(\"x\")", "5942", "2025-03-02", -700, "ILS"));
    docs.add(
        transaction(100, OTHER_ORG, 90, OTHER, "Cafe Landwer", "5812", "2025-02-10", 999, "ILS"));
    for (int i = 0; i < 2500; i++) {
      String date = String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28);
      docs.add(
          transaction(10_000 + i, EXPORT_ORG, 300, OTHER, "Shop " + i, "5411", date, i, "ILS"));
    }
    ods.index("transactions", docs);
    ods.index(
        "budgets",
        List.of(
            budget(1, ORG, ROOT, "2025-02", 100_000_00, 40_000_00),
            budget(2, ORG, FINANCE, "2025-02", 50_000_00, 12_000_50),
            budget(3, ORG, PROCUREMENT, "2025-02", 20_000_00, 25_000_00),
            budget(4, OTHER_ORG, OTHER, "2025-02", 1_000_00, 0)));
    issuer = LocalTokenIssuer.open(KEY_DIR, ISSUER, AUDIENCE);
    server =
        LibertyServer.forThisModule(
                Map.of(
                    "DB_PORT",
                    Integer.toString(db.port()),
                    "CAL_ODS_OPENSEARCH_URL",
                    TestStack.search().httpUrl(),
                    "MP_CONFIG_PROFILE",
                    "test",
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                    KEY_DIR.resolve(LocalTokenIssuer.JWKS_FILE).toUri().toString(),
                    "MP_JWT_VERIFY_ISSUER",
                    ISSUER,
                    "MP_JWT_VERIFY_AUDIENCES",
                    AUDIENCE))
            .start();
  }

  /** The service account loses the core schema, and the schema itself is dropped. */
  private static void withoutTheCoreDatabase(EmbeddedDatabase db) throws SQLException {
    try (Connection c = db.connectAsAdmin("cal_ods");
        Statement s = c.createStatement()) {
      for (String host : new String[] {"localhost", "127.0.0.1"}) {
        s.execute("REVOKE ALL PRIVILEGES ON cal_core.* FROM 'cal'@'" + host + "'");
      }
      s.execute("DROP DATABASE IF EXISTS cal_core");
      // As the CDC pipeline creates and fills it (il.gov.cal.cdc.ods.OdsSchema).
      s.execute(
          "CREATE TABLE IF NOT EXISTS ods_freshness (index_name VARCHAR(64) NOT NULL PRIMARY KEY,"
              + " last_source_commit_at DATETIME(3) NULL, last_indexed_at DATETIME(3) NULL,"
              + " last_source_position BIGINT NOT NULL DEFAULT 0)");
      s.execute(
          "REPLACE INTO ods_freshness VALUES ('transactions', '2025-03-02 10:00:00.950',"
              + " '2025-03-02 10:00:01.250', 88412)");
    }
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @Test
  void readinessChecksTheSearchClusterAndTheOdsDatabase() throws Exception {
    HttpResponse<String> response = send("/health/ready", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("ods-search").contains("ods-database");
    assertThat(response.body()).doesNotContain("core-database");
  }

  @Test
  void theServiceAccountCannotReachTheCoreDatabaseYetSearchesAnswer() throws Exception {
    try (Connection c =
            java.sql.DriverManager.getConnection(
                TestStack.database().jdbcUrl(""), "cal", EmbeddedDatabase.LOCAL_PASSWORD);
        Statement s = c.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("USE cal_core"))
          .isInstanceOf(SQLException.class);
    }

    assertThat(get("/ods/transactions?size=1", ORG).statusCode()).isEqualTo(200);
  }

  @Test
  void aSearchSeesOnlyTheCallersOrganisation() throws Exception {
    JsonObject page = json(get("/ods/transactions?merchant=landwer&size=200", OTHER_ORG));

    assertThat(ids(page)).containsExactly(100L);
  }

  @Test
  void aRequestWithoutTokenIsRefusedOnEveryEndpoint() throws Exception {
    for (String path :
        List.of(
            "/ods/transactions",
            "/ods/transactions/export",
            "/ods/spend/by-unit",
            "/ods/budgets?period=2025-02",
            "/ods/status")) {
      assertThat(send(path, null).statusCode()).as(path).isEqualTo(401);
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

  @Test
  void aUnitFilterTakesInItsSubUnits() throws Exception {
    JsonObject finance = json(get("/ods/transactions?unit=4&size=200&from=2025-02-01", ORG));
    JsonObject procurement = json(get("/ods/transactions?unit=9&size=200", ORG));

    assertThat(ids(finance)).hasSize(19);
    assertThat(ids(procurement)).hasSize(8);
  }

  @Test
  void filtersCombine() throws Exception {
    JsonObject page =
        json(
            get(
                "/ods/transactions?from=2025-02-05&to=2025-02-20&minAmount=60.00&maxAmount=150"
                    + "&mcc=5943&status=POSTED&kind=PURCHASE&merchant=office%20depot",
                ORG));

    assertThat(ids(page)).containsExactly(15L, 10L);
  }

  @Test
  void amountsComeBackAsExactDecimalsInBothCurrencies() throws Exception {
    JsonObject item =
        json(get("/ods/transactions?currency=USD", ORG)).getJsonArray("items").getJsonObject(0);

    assertThat(item.getString("amount")).isEqualTo("50.00");
    assertThat(item.getString("currency")).isEqualTo("USD");
    assertThat(item.getString("billingCurrency")).isEqualTo("ILS");
    assertThat(item.getString("merchant")).isEqualTo("Amazon, \"US\"");
  }

  @Test
  void sortByAmountAscendingPutsCreditsFirst() throws Exception {
    JsonObject page = json(get("/ods/transactions?sort=amount&size=3", ORG));

    assertThat(ids(page)).containsExactly(27L, 1L, 2L);
  }

  @Test
  void pagesAreDisjointCompleteAndStableWhileNewTransactionsArrive() throws Exception {
    String filter = "/ods/transactions?size=10";
    JsonObject first = json(get(filter, PAGING_ORG));
    JsonObject second =
        json(get(filter + "&cursor=" + encode(first.getString("next")), PAGING_ORG));
    List<Long> seen = new ArrayList<>(ids(first));
    seen.addAll(ids(second));
    ods.index(
        "transactions",
        List.of(transaction(500, PAGING_ORG, 60, PAGING, "Late", "5411", "2025-02-02", 1, "ILS")));

    String next = second.getString("next");
    while (next != null) {
      JsonObject page = json(get(filter + "&cursor=" + encode(next), PAGING_ORG));
      seen.addAll(ids(page));
      next = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
    }

    assertThat(seen).hasSize(25).doesNotHaveDuplicates().doesNotContain(500L);
    assertThat(seen.get(0)).isEqualTo(225L);
    assertThat(seen.get(24)).isEqualTo(201L);
  }

  @Test
  void anAlteredCursorIsRefusedWithTheReason() throws Exception {
    String next = json(get("/ods/transactions?size=2", ORG)).getString("next");
    String altered = (next.charAt(5) == 'A' ? "B" : "A");
    altered = next.substring(0, 5) + altered + next.substring(6);

    HttpResponse<String> response = get("/ods/transactions?size=2&cursor=" + encode(altered), ORG);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("invalid-cursor").contains("altered");
  }

  @Test
  void aCursorUsedWithOtherFiltersOrByAnotherOrganisationIsRefused() throws Exception {
    String next = json(get("/ods/transactions?size=2", ORG)).getString("next");

    HttpResponse<String> otherFilter =
        get("/ods/transactions?size=2&mcc=5812&cursor=" + encode(next), ORG);
    HttpResponse<String> otherOrg = get("/ods/transactions?size=2&cursor=" + encode(next), 2);

    assertThat(otherFilter.statusCode()).isEqualTo(400);
    assertThat(otherFilter.body()).contains("different query");
    assertThat(otherOrg.statusCode()).isEqualTo(400);
  }

  @Test
  void invalidFiltersAreRefusedWithTheReason() throws Exception {
    assertThat(get("/ods/transactions?from=2025-02-30", ORG).body()).contains("invalid-date");
    assertThat(get("/ods/transactions?from=2025-03-01&to=2025-02-01", ORG).body())
        .contains("from must not be after to");
    assertThat(get("/ods/transactions?minAmount=abc", ORG).body()).contains("invalid-amount");
    assertThat(get("/ods/transactions?size=5000", ORG).statusCode()).isEqualTo(400);
    assertThat(get("/ods/transactions?sort=merchant", ORG).statusCode()).isEqualTo(400);
  }

  @Test
  void spendIsGroupedByUnitCategoryMonthAndMerchant() throws Exception {
    String period = "from=2025-02-01&to=2025-02-28";
    JsonArray byUnit = jsonArray(get("/ods/spend/by-unit?" + period, ORG));
    JsonArray byCategory = jsonArray(get("/ods/spend/by-category?" + period, ORG));
    JsonArray byMonth = jsonArray(get("/ods/spend/by-month?unit=1", ORG));
    JsonArray merchants = jsonArray(get("/ods/spend/top-merchants?" + period + "&limit=1", ORG));

    // Procurement: 2, 5, 8, ..., 23: 8 transactions of i * 10.00, 1000.00 in all
    JsonObject procurement = find(byUnit, "9");
    assertThat(procurement.getString("label")).isEqualTo("Procurement");
    assertThat(procurement.getInt("transactions")).isEqualTo(8);
    assertThat(procurement.getJsonArray("totals").getJsonObject(0).getString("amount"))
        .isEqualTo("1000.00");
    assertThat(find(byCategory, "5943").getString("label")).isEqualTo("Category 5943");
    assertThat(byMonth).hasSize(2);
    assertThat(byMonth.getJsonObject(0).getString("key")).isEqualTo("2025-02");
    assertThat(merchants).hasSize(1);
    assertThat(merchants.getJsonObject(0).getString("key")).isEqualTo("Cafe Landwer");
  }

  @Test
  void exportStreamsEveryMatchAsCsvAcrossBatches() throws Exception {
    HttpResponse<String> response = get("/ods/transactions/export?sort=date", EXPORT_ORG);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String[] lines = response.body().split("\r\n");
    assertThat(lines).hasSize(2501);
    assertThat(lines[0])
        .isEqualTo(
            "\uFEFFid,transaction_date,posting_date,card_last4,"
                + "cardholder_id,cardholder_name,unit_id,unit_name,merchant,merchant_city,"
                + "merchant_country,mcc,category,kind,status,amount,currency,billing_amount,"
                + "billing_currency");
    Set<String> ids = new HashSet<>();
    for (int i = 1; i < lines.length; i++) {
      ids.add(lines[i].substring(0, lines[i].indexOf(',')));
    }
    assertThat(ids).hasSize(2500);
  }

  @Test
  void exportEscapesCellsAndNeutralisesFormulas() throws Exception {
    String csv = get("/ods/transactions/export?card=18&sort=date", ORG).body();

    assertThat(csv).contains(",\"Amazon, \"\"US\"\"\",");
    assertThat(csv).contains(",\"'=HYPERLINK(\"\"x\"\")\",");
    assertThat(csv).contains(",-7.00,ILS,-7.00,ILS\r\n");
  }

  @Test
  void budgetsShowAllocatedSpentAndAvailablePerUnit() throws Exception {
    JsonArray budgets = jsonArray(get("/ods/budgets?period=2025-02&unit=4", ORG));

    assertThat(budgets).hasSize(2);
    JsonObject finance = budgets.getJsonObject(0);
    assertThat(finance.getString("unitName")).isEqualTo("Finance");
    assertThat(finance.getString("allocated")).isEqualTo("50000.00");
    assertThat(finance.getString("available")).isEqualTo("37999.50");
    assertThat(budgets.getJsonObject(1).getString("available")).isEqualTo("-5000.00");
    assertThat(get("/ods/budgets?period=2025-13", ORG).statusCode()).isEqualTo(400);
  }

  @Test
  void statusReportsEachAliasAndItsFreshness() throws Exception {
    JsonArray status =
        jsonArray(send("/ods/status", token(request("viewer", ORG, null, Role.ANALYST))));

    JsonObject transactions = status.getJsonObject(0);
    assertThat(transactions.getString("alias")).isEqualTo("cal-transactions");
    assertThat(transactions.getBoolean("available")).isTrue();
    assertThat(transactions.getJsonObject("freshness").getString("lastIndexedAt"))
        .isEqualTo("2025-03-02T10:00:01.250Z");
    assertThat(status.getJsonObject(5).getBoolean("available")).isFalse();
  }

  @Test
  void theOpenApiDocumentDescribesTheService() throws Exception {
    HttpResponse<String> response = send("/openapi", null);

    assertThat(response.body()).contains("Cal ODS query").contains("/transactions/export");
  }

  private static JsonObject find(JsonArray groups, String key) {
    return groups.stream()
        .map(JsonValue::asJsonObject)
        .filter(g -> g.getString("key").equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static JsonArray jsonArray(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  /** A request as an analyst of the organisation, who sees all of it. */
  private HttpResponse<String> get(String path, long org) throws Exception {
    return send(path, token(request("analyst-" + org, org, null, Role.ANALYST)));
  }

  private static TokenRequest request(String subject, Long org, Unit unit, Role... roles) {
    return new TokenRequest(
        subject,
        Set.copyOf(Stream.of(roles).toList()),
        org,
        unit == null ? null : unit.id(),
        unit == null ? null : unit.path(),
        null,
        LocalTokenIssuer.DEFAULT_LIFETIME);
  }

  private static String token(TokenRequest request) {
    return issuer.issue(request);
  }

  private HttpResponse<String> send(String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
