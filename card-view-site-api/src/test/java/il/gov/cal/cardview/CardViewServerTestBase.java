package il.gov.cal.cardview;

import static il.gov.cal.odsaccess.testing.OdsDocuments.budget;
import static il.gov.cal.odsaccess.testing.OdsDocuments.card;
import static il.gov.cal.odsaccess.testing.OdsDocuments.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.cardview.link.LinkTokenMinter;
import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.LibertyServer;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.odsaccess.testing.OdsDocuments.Unit;
import il.gov.cal.odsaccess.testing.OdsIndexFixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the card-view site's server tests share: the site API on a real Liberty, against a real
 * OpenSearch node seeded with documents shaped like the CDC pipeline's and a real MariaDB where the
 * service account cannot reach the operational core's schema (which is dropped): the site lives on
 * the ODS alone. The ODS is seeded and the server started once for all the test classes, which each
 * hold one feature's tests.
 */
@ExtendWith(CardViewServerTestBase.SharedServer.class)
abstract class CardViewServerTestBase {

  static final String LINK_KEY = "local-only-link-key-never-used-outside-dev-and-test";
  static final long ORG = 1;
  static final long CARD = 17;
  static final long HOLDER = 1001;
  static final long OTHER_CARD = 18;
  static final long OTHER_HOLDER = 1002;
  static final long LOCK_CARD = 19;
  static final long LOCK_HOLDER = 1003;
  static final long FAILING_CARD = 1999;
  static final long FAILING_HOLDER = 1004;
  static final Unit FINANCE = new Unit(4, "Finance", "/1/4/");
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jerusalem"));

  /** Session exchanges a client may make per minute on the test server. */
  static final int SESSION_LIMIT = 4;

  /** A distinct client address per test, so that each test has rate-limit buckets of its own. */
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  static LibertyServer server;
  static Path outbox;
  static final List<Map<String, Object>> CARD_TRANSACTIONS = new ArrayList<>();
  final HttpClient http = HttpClient.newHttpClient();
  final String client = "198.51.100." + (1 + CLIENTS.getAndIncrement() % 250);
  final LinkTokenMinter minter =
      new LinkTokenMinter(LINK_KEY.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());

  /**
   * Seeds the ODS and starts the site once for every test class of the module; the server stops
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
                  seedTheOdsAndStartTheSite();
                } catch (Exception e) {
                  throw new IllegalStateException("the card-view site did not start", e);
                }
                return (ExtensionContext.Store.CloseableResource) () -> server.stop();
              });
    }
  }

  static void seedTheOdsAndStartTheSite() throws Exception {
    EmbeddedDatabase db = TestStack.database();
    try (Connection c = db.connectAsAdmin("cal_ods");
        Statement s = c.createStatement()) {
      for (String host : new String[] {"localhost", "127.0.0.1"}) {
        s.execute("REVOKE ALL PRIVILEGES ON cal_core.* FROM 'cal'@'" + host + "'");
      }
      s.execute("DROP DATABASE IF EXISTS cal_core");
    }
    OdsIndexFixture ods = new OdsIndexFixture(TestStack.search().httpUrl());
    ods.recreate("transactions").recreate("cards").recreate("budgets");
    ods.index(
        "cards",
        List.of(
            card(CARD, ORG, HOLDER, FINANCE),
            card(OTHER_CARD, ORG, OTHER_HOLDER, FINANCE),
            card(LOCK_CARD, ORG, LOCK_HOLDER, FINANCE),
            card(FAILING_CARD, ORG, FAILING_HOLDER, FINANCE)));
    String month = String.format("%d-%02d", TODAY.getYear(), TODAY.getMonthValue());
    ods.index("budgets", List.of(budget(1, ORG, FINANCE, month, 50_000_00, 12_000_50)));
    List<Map<String, Object>> docs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String date = TODAY.minusDays(i * 3L).toString();
      Map<String, Object> doc =
          transaction(
              100 + i,
              ORG,
              CARD,
              FINANCE,
              "Merchant " + i,
              "5812",
              date,
              1000 + i,
              i % 4 == 0 ? "USD" : "ILS");
      doc.put("billing_amount_minor", 3000L + i);
      if (i % 5 == 1) {
        doc.put("status", "PENDING");
      }
      CARD_TRANSACTIONS.add(doc);
    }
    docs.addAll(CARD_TRANSACTIONS);
    docs.add(
        transaction(500, ORG, OTHER_CARD, FINANCE, "Not mine", "5812", TODAY.toString(), 1, "ILS"));
    ods.index("transactions", docs);
    outbox = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "otp-outbox-");
    server =
        LibertyServer.forThisModule(
                Map.of(
                    "DB_PORT",
                    Integer.toString(db.port()),
                    "CAL_ODS_OPENSEARCH_URL",
                    TestStack.search().httpUrl(),
                    "MP_CONFIG_PROFILE",
                    "test",
                    "CAL_CARDVIEW_OTP_OUTBOX_DIR",
                    outbox.toString(),
                    "CAL_CARDVIEW_ISSUER_SIMULATOR_LATENCY_MS",
                    "20",
                    "CAL_RATELIMIT_SESSION_PER_MINUTE",
                    Integer.toString(SESSION_LIMIT),
                    // The lock after five wrong codes is tested within one minute.
                    "CAL_RATELIMIT_PIN_PER_MINUTE",
                    "10",
                    // Each test is a client of its own, named by X-Forwarded-For.
                    "CAL_RATELIMIT_TRUST_FORWARDED_FOR",
                    "true"))
            .start();
  }

  String session(long card, long holder) throws Exception {
    HttpResponse<String> response = exchange(minter.mint(ORG, holder, card, Duration.ofMinutes(2)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return cookieValue(response.headers().firstValue("Set-Cookie").orElseThrow());
  }

  static String cookieValue(String setCookie) {
    return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
  }

  HttpResponse<String> exchange(String token) throws Exception {
    return post("/card-view/session", "{\"linkToken\":\"" + token + "\"}", null);
  }

  static long securityEvents(String kind, String reason) throws SQLException {
    try (Connection c = TestStack.database().connectAsAdmin("cal_ods");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM site_security_event WHERE kind = '"
                    + kind
                    + "' AND reason = '"
                    + reason
                    + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<String> storedCodeHashes() throws SQLException {
    List<String> hashes = new ArrayList<>();
    try (Connection c = TestStack.database().connectAsAdmin("cal_ods");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT code_hash FROM site_pin_otp")) {
      while (rs.next()) {
        hashes.add(rs.getString(1));
      }
    }
    return hashes;
  }

  static String serverLog() throws Exception {
    return Files.readString(server.logs().resolve("messages.log"));
  }

  /** Messages the application itself logged that carry the code or the PIN. */
  static long codesInAppLog(String code, String pin) throws Exception {
    return serverLog()
        .lines()
        .filter(l -> l.startsWith("{"))
        .map(l -> Json.createReader(new StringReader(l)).readObject())
        .filter(o -> o.getString("module", "").startsWith("il.gov.cal"))
        .map(o -> o.getString("message", ""))
        .filter(m -> m.contains(code) || m.contains(pin))
        .count();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static JsonObject json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  HttpResponse<String> get(String path, String session) throws Exception {
    return send("GET", path, null, session);
  }

  HttpResponse<String> post(String path, String body, String session) throws Exception {
    return send("POST", path, body, session);
  }

  HttpResponse<String> send(String method, String path, String body, String session)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (session != null) {
      request.header("Cookie", "CAL_CARD_VIEW=" + session);
    }
    request.header("X-Forwarded-For", client);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
