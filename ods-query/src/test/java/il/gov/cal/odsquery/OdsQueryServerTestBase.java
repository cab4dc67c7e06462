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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the ODS query service's server tests share: the service on a real Liberty, against a real
 * OpenSearch node seeded with documents shaped like the CDC pipeline's, and a real MariaDB in which
 * the service account has no access to the operational core's schema, which does not even exist:
 * every answer comes from the ODS. The ODS is seeded and the server started once for all the test
 * classes, which each hold one feature's tests.
 *
 * <p>Callers present bearer tokens of a local token issuer whose keys live under {@code
 * target/it-keys}; the server verifies them as it would the CC identity component's.
 */
@ExtendWith(OdsQueryServerTestBase.SharedServer.class)
abstract class OdsQueryServerTestBase {

  static final long ORG = 1;
  static final long OTHER_ORG = 2;
  static final long EXPORT_ORG = 3;
  static final long PAGING_ORG = 4;
  static final long BUDGET_ORG = 5;
  static final Unit ROOT = new Unit(1, "Ministry", "/1/");
  static final Unit FINANCE = new Unit(4, "Finance", "/1/4/");
  static final Unit PROCUREMENT = new Unit(9, "Procurement", "/1/4/9/");
  static final Unit OTHER = new Unit(50, "Other ministry", "/50/");
  static final Unit PAGING = new Unit(60, "Paging ministry", "/60/");
  static final Unit OFFICE = new Unit(70, "Office", "/70/");
  static final Unit OFFICE_IT = new Unit(71, "Office IT", "/70/71/");
  static final Unit OFFICE_ABROAD = new Unit(72, "Office abroad", "/70/72/");

  /** The issuer every test token names. */
  static final String ISSUER = "https://cc.test.local";

  /** The audience every test token names. */
  static final String AUDIENCE = "cal-ods-test";

  /** Where the local token issuer's keys live. */
  static final Path KEY_DIR = Path.of("target", "it-keys").toAbsolutePath();

  static LibertyServer server;
  static OdsIndexFixture ods;
  static LocalTokenIssuer issuer;
  final HttpClient http = HttpClient.newHttpClient();

  /**
   * Seeds the ODS and starts the service once for every test class of the module; the server stops
   * when the last of them has run.
   */
  static final class SharedServer implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
      context
          .getRoot()
          .getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(
              SharedServer.class,
              k -> {
                try {
                  seedTheOdsAndStartTheService();
                } catch (Exception e) {
                  throw new IllegalStateException("the ODS query service did not start", e);
                }
                return (ExtensionContext.Store.CloseableResource) () -> server.stop();
              });
    }
  }

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
    docs.addAll(budgetTransactions());
    ods.index("transactions", docs);
    ods.index(
        "budgets",
        List.of(
            budget(1, ORG, ROOT, "2025-02", 100_000_00, 40_000_00),
            budget(2, ORG, FINANCE, "2025-02", 50_000_00, 12_000_50),
            budget(3, ORG, PROCUREMENT, "2025-02", 20_000_00, 25_000_00),
            budget(4, OTHER_ORG, OTHER, "2025-02", 1_000_00, 0),
            budget(5, BUDGET_ORG, OFFICE, "2025-04", 10_000_00, 0),
            budget(6, BUDGET_ORG, OFFICE_IT, "2025-04", 3_000_00, 0),
            inCurrency(budget(7, BUDGET_ORG, OFFICE_ABROAD, "2025-04", 100_00, 0), "USD"),
            budget(8, BUDGET_ORG, OFFICE, "2025-00", 50_000_00, 0),
            // As streamed: a spent column the core never maintains, to be ignored.
            budget(9, BUDGET_ORG, OFFICE_IT, "2025-05", 1_000_00, 999_00)));
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

  /**
   * The budget organisation's transactions in April 2025: every kind, in a parent unit and its
   * child, with others just outside the month, billed in another currency, or of another
   * organisation under the same unit ids. {@code SpendExportBudgetIT} holds the figures.
   */
  private static List<Map<String, Object>> budgetTransactions() {
    List<Map<String, Object>> docs = new ArrayList<>();
    docs.add(charge(701, OFFICE_IT, "PURCHASE", "2025-04-01", 1_200_50, "ILS"));
    docs.add(charge(702, OFFICE_IT, "REVERSAL", "2025-04-30", -200_00, "ILS"));
    docs.add(charge(703, OFFICE_IT, "REFUND", "2025-04-10", -50_25, "ILS"));
    docs.add(charge(704, OFFICE_IT, "PAYMENT", "2025-04-11", -1_000_00, "ILS"));
    docs.add(charge(705, OFFICE_IT, "CREDIT_ADJUSTMENT", "2025-04-12", -10_00, "ILS"));
    docs.add(charge(706, OFFICE_IT, "CREDIT_ADJUSTMENT", "2025-04-13", 2_00, "ILS"));
    docs.add(charge(707, OFFICE_IT, "PURCHASE", "2025-04-05", 40_00, "USD"));
    docs.add(charge(708, OFFICE_IT, "PURCHASE", "2025-05-01", 8_888_00, "ILS"));
    docs.add(charge(709, OFFICE, "PURCHASE", "2025-04-01", 3_000_00, "ILS"));
    docs.add(charge(710, OFFICE, "REFUND", "2025-04-15", -100_00, "ILS"));
    docs.add(charge(711, OFFICE, "PAYMENT", "2025-04-20", -5_000_00, "ILS"));
    docs.add(charge(712, OFFICE, "PURCHASE", "2025-03-31", 7_777_00, "ILS"));
    docs.add(charge(713, OFFICE_ABROAD, "PURCHASE", "2025-04-06", 25_00, "USD"));
    docs.add(charge(714, OFFICE_ABROAD, "REFUND", "2025-04-07", -5_00, "USD"));
    docs.add(charge(715, OFFICE_ABROAD, "PURCHASE", "2025-04-08", 60_00, "ILS"));
    Map<String, Object> foreign = charge(716, OFFICE_IT, "PURCHASE", "2025-04-02", 9_999_00, "ILS");
    foreign.put("org_id", BUDGET_ORG + 1);
    docs.add(foreign);
    return docs;
  }

  /** A transaction of the budget organisation, of the kind, billed in {@code billingCurrency}. */
  private static Map<String, Object> charge(
      long id, Unit unit, String kind, String date, long amountMinor, String billingCurrency) {
    Map<String, Object> doc =
        transaction(id, BUDGET_ORG, 700, unit, "Shop " + id, "5411", date, amountMinor, "ILS");
    doc.put("kind", kind);
    doc.put("billing_currency", billingCurrency);
    doc.put("original_currency", billingCurrency);
    return doc;
  }

  private static Map<String, Object> inCurrency(Map<String, Object> budget, String currency) {
    budget.put("currency", currency);
    return budget;
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

  static JsonObject find(JsonArray groups, String key) {
    return groups.stream()
        .map(JsonValue::asJsonObject)
        .filter(g -> g.getString("key").equals(key))
        .findFirst()
        .orElseThrow();
  }

  static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static JsonObject json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  static JsonArray jsonArray(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  /** A request as an analyst of the organisation, who sees all of it. */
  HttpResponse<String> get(String path, long org) throws Exception {
    return send(path, token(request("analyst-" + org, org, null, Role.ANALYST)));
  }

  static TokenRequest request(String subject, Long org, Unit unit, Role... roles) {
    return new TokenRequest(
        subject,
        Set.copyOf(Stream.of(roles).toList()),
        org,
        unit == null ? null : unit.id(),
        unit == null ? null : unit.path(),
        null,
        LocalTokenIssuer.DEFAULT_LIFETIME);
  }

  static String token(TokenRequest request) {
    return issuer.issue(request);
  }

  HttpResponse<String> send(String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
