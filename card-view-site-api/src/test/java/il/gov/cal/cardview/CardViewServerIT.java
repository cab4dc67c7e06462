package il.gov.cal.cardview;

import static il.gov.cal.odsaccess.testing.OdsDocuments.budget;
import static il.gov.cal.odsaccess.testing.OdsDocuments.card;
import static il.gov.cal.odsaccess.testing.OdsDocuments.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.cardview.link.LinkTokenMinter;
import il.gov.cal.cardview.pin.IssuerPinSimulator;
import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.LibertyServer;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.odsaccess.testing.OdsDocuments.Unit;
import il.gov.cal.odsaccess.testing.OdsIndexFixture;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The card-view site API on a real Liberty, against a real OpenSearch node seeded with documents
 * shaped like the CDC pipeline's and a real MariaDB where the service account cannot reach the
 * operational core's schema (which is dropped): the site lives on the ODS alone.
 */
class CardViewServerIT {

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

  private static LibertyServer server;
  private static Path outbox;
  private static final List<Map<String, Object>> CARD_TRANSACTIONS = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String client = "198.51.100." + (1 + CLIENTS.getAndIncrement() % 250);
  private final LinkTokenMinter minter =
      new LinkTokenMinter(LINK_KEY.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());

  @BeforeAll
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

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @Test
  void readinessChecksTheSearchClusterAndTheOdsDatabaseOnly() throws Exception {
    HttpResponse<String> response = send("GET", "/health/ready", null, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("ods-search").contains("ods-database");
  }

  @Test
  void theServiceAccountCannotReachTheCoreDatabaseYetTheSiteAnswers() throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                TestStack.database().jdbcUrl(""), "cal", EmbeddedDatabase.LOCAL_PASSWORD);
        Statement s = c.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("USE cal_core"))
          .isInstanceOf(SQLException.class);
    }

    assertThat(get("/card-view/card", session(CARD, HOLDER)).statusCode()).isEqualTo(200);
  }

  @Test
  void aLinkTokenOpensASessionCarriedInAStrictHttpOnlySecureCookie() throws Exception {
    String token = minter.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2));

    HttpResponse<String> response = exchange(token);

    assertThat(response.statusCode()).isEqualTo(200);
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("CAL_CARD_VIEW=")
        .contains("HttpOnly")
        .contains("Secure")
        .contains("SameSite=Strict")
        .contains("Max-Age=900");
    assertThat(response.body()).doesNotContain(cookieValue(cookie));
  }

  @Test
  void aReusedLinkTokenIsRefusedAndRecorded() throws Exception {
    String token = minter.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2));
    assertThat(exchange(token).statusCode()).isEqualTo(200);

    HttpResponse<String> again = exchange(token);

    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(securityEvents("link-token-rejected", "reused")).isPositive();
    assertThat(serverLog()).doesNotContain(token).doesNotContain(token.split("\\.")[1]);
  }

  @Test
  void anExpiredLinkTokenIsRefused() throws Exception {
    LinkTokenMinter past =
        new LinkTokenMinter(
            LINK_KEY.getBytes(StandardCharsets.UTF_8),
            Clock.fixed(Instant.now().minusSeconds(180), ZoneOffset.UTC));

    HttpResponse<String> response = exchange(past.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2)));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(securityEvents("link-token-rejected", "expired")).isPositive();
  }

  @Test
  void anAlteredOrForeignlySignedLinkTokenIsRefused() throws Exception {
    String token = minter.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2));
    String[] parts = token.split("\\.");
    String otherCard =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(
                        java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("|" + CARD + "|", "|" + OTHER_CARD + "|")
                    .getBytes(StandardCharsets.UTF_8));
    LinkTokenMinter stranger =
        new LinkTokenMinter(
            "a-key-that-is-not-the-shared-one-at-all".getBytes(StandardCharsets.UTF_8),
            Clock.systemUTC());

    assertThat(exchange(parts[0] + "." + otherCard + "." + parts[2]).statusCode()).isEqualTo(401);
    assertThat(exchange(stranger.mint(ORG, HOLDER, CARD, Duration.ofMinutes(1))).statusCode())
        .isEqualTo(401);
    assertThat(securityEvents("link-token-rejected", "invalid-signature"))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aLinkTokenForAnotherCardholdersCardIsRefused() throws Exception {
    HttpResponse<String> response =
        exchange(minter.mint(ORG, HOLDER, OTHER_CARD, Duration.ofMinutes(2)));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(securityEvents("link-token-rejected", "foreign-card")).isPositive();
  }

  @Test
  void withoutASessionNothingIsShown() throws Exception {
    assertThat(get("/card-view/card", null).statusCode()).isEqualTo(401);
    assertThat(
            get("/card-view/transactions", "made-up-session-id-of-the-right-length-4567")
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void theCardShowsTheLastFourDigitsOnlyAndTheBudgetAvailable() throws Exception {
    HttpResponse<String> response = get("/card-view/card", session(CARD, HOLDER));

    JsonObject card = json(response);
    assertThat(card.getString("maskedNumber")).isEqualTo("**** **** **** 0017");
    assertThat(card.getString("expiry")).isEqualTo("2028-12");
    assertThat(card.getString("unitName")).isEqualTo("Finance");
    assertThat(card.getJsonObject("budget").getString("available")).isEqualTo("37999.50");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
  }

  @Test
  void sessionExchangesBeyondTheLimitAreRefusedWithRetryAfter() throws Exception {
    for (int i = 0; i < SESSION_LIMIT; i++) {
      assertThat(exchange("cv1.bm90LWEtdG9rZW4.c2ln").statusCode()).isIn(400, 401);
    }

    HttpResponse<String> refused = exchange(minter.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2)));

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 60L));
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains("rate-limited");
    assertThat(
            new CardViewServerIT()
                .exchange(minter.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2)))
                .statusCode())
        .as("another client is still served")
        .isEqualTo(200);
  }

  @Test
  void transactionsComeNewestFirstInPagesWithBothCurrencies() throws Exception {
    String session = session(CARD, HOLDER);
    List<Long> ids = new ArrayList<>();
    JsonObject page = json(get("/card-view/transactions?size=20", session));
    page.getJsonArray("items")
        .forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
    JsonObject first = page.getJsonArray("items").getJsonObject(0);
    JsonObject second =
        json(
            get(
                "/card-view/transactions?size=20&cursor=" + encode(page.getString("next")),
                session));
    second
        .getJsonArray("items")
        .forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));

    assertThat(ids).hasSize(30).doesNotHaveDuplicates().doesNotContain(500L);
    assertThat(ids.get(0)).isEqualTo(100L);
    assertThat(ids.get(29)).isEqualTo(129L);
    assertThat(first.getString("amount")).isEqualTo("10.00");
    assertThat(first.getString("currency")).isEqualTo("USD");
    assertThat(first.getString("billingAmount")).isEqualTo("30.00");
    assertThat(first.getString("billingCurrency")).isEqualTo("ILS");
    assertThat(second.containsKey("next")).isFalse();
  }

  @Test
  void aCursorIsBoundToItsCardAndCannotBeAltered() throws Exception {
    String next =
        json(get("/card-view/transactions?size=2", session(CARD, HOLDER))).getString("next");
    String altered = next.substring(0, 4) + (next.charAt(4) == 'A' ? 'B' : 'A') + next.substring(5);

    HttpResponse<String> foreign =
        get("/card-view/transactions?cursor=" + encode(next), session(OTHER_CARD, OTHER_HOLDER));
    HttpResponse<String> tampered =
        get("/card-view/transactions?cursor=" + encode(altered), session(CARD, HOLDER));

    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(foreign.body()).contains("different query");
    assertThat(tampered.statusCode()).isEqualTo(400);
    assertThat(tampered.body()).contains("altered");
  }

  @Test
  void chargesGroupPostedTransactionsByBillingMonthWithExactTotals() throws Exception {
    JsonObject charges = json(get("/card-view/charges?months=3", session(CARD, HOLDER)));

    LocalDate from = TODAY.withDayOfMonth(1).minusMonths(2);
    Map<String, Long> expected = new TreeMap<>(java.util.Comparator.reverseOrder());
    for (Map<String, Object> t : CARD_TRANSACTIONS) {
      LocalDate posted = LocalDate.parse((String) t.get("posting_date"));
      if ("POSTED".equals(t.get("status")) && !posted.isBefore(from)) {
        expected.merge(
            posted.toString().substring(0, 7), (Long) t.get("billing_amount_minor"), Long::sum);
      }
    }
    JsonArray months = charges.getJsonArray("months");
    assertThat(charges.getBoolean("complete")).isTrue();
    assertThat(months).hasSize(expected.size());
    int i = 0;
    for (Map.Entry<String, Long> month : expected.entrySet()) {
      JsonObject view = months.getJsonObject(i++);
      assertThat(view.getString("month")).isEqualTo(month.getKey());
      assertThat(view.getJsonArray("totals").getJsonObject(0).getString("amount"))
          .isEqualTo(java.math.BigDecimal.valueOf(month.getValue(), 2).toPlainString());
    }
  }

  @Test
  void theRightCodeRevealsThePinOnceWithoutCaching() throws Exception {
    String session = session(CARD, HOLDER);
    assertThat(post("/card-view/pin/otp", "{}", session).statusCode()).isEqualTo(202);
    String code = Files.readString(outbox.resolve("card-" + CARD + ".otp"));

    HttpResponse<String> pin = post("/card-view/pin", "{\"code\":\"" + code + "\"}", session);
    HttpResponse<String> again = post("/card-view/pin", "{\"code\":\"" + code + "\"}", session);

    assertThat(pin.statusCode()).isEqualTo(200);
    assertThat(json(pin).getString("pin")).isEqualTo(IssuerPinSimulator.pinOf(CARD));
    assertThat(pin.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("otp-expired");
    assertThat(codesInAppLog(code, IssuerPinSimulator.pinOf(CARD))).isZero();
    assertThat(storedCodeHashes()).noneMatch(h -> h.contains(code));
  }

  @Test
  void fiveWrongCodesLockPinRecovery() throws Exception {
    String session = session(LOCK_CARD, LOCK_HOLDER);
    assertThat(post("/card-view/pin/otp", "{}", session).statusCode()).isEqualTo(202);
    String code = Files.readString(outbox.resolve("card-" + LOCK_CARD + ".otp"));
    String wrong = code.equals("000000") ? "111111" : "000000";

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      statuses.add(post("/card-view/pin", "{\"code\":\"" + wrong + "\"}", session).statusCode());
    }
    HttpResponse<String> right = post("/card-view/pin", "{\"code\":\"" + code + "\"}", session);

    assertThat(statuses).containsExactly(400, 400, 400, 400, 423);
    assertThat(right.statusCode()).isEqualTo(423);
    assertThat(post("/card-view/pin/otp", "{}", session).statusCode()).isEqualTo(423);
    assertThat(securityEvents("pin-recovery-locked", "too-many-wrong-codes")).isPositive();
  }

  @Test
  void anIssuerFailureIsA503AndRevealsNothing() throws Exception {
    String session = session(FAILING_CARD, FAILING_HOLDER);
    post("/card-view/pin/otp", "{}", session);
    String code = Files.readString(outbox.resolve("card-" + FAILING_CARD + ".otp"));

    HttpResponse<String> response = post("/card-view/pin", "{\"code\":\"" + code + "\"}", session);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("issuer-unavailable").doesNotContain("\"pin\"");
  }

  @Test
  void endingTheSessionClosesIt() throws Exception {
    String session = session(CARD, HOLDER);

    assertThat(send("DELETE", "/card-view/session", null, session).statusCode()).isEqualTo(204);
    assertThat(get("/card-view/card", session).statusCode()).isEqualTo(401);
  }

  @Test
  void theOpenApiDocumentDescribesTheSite() throws Exception {
    assertThat(send("GET", "/openapi", null, null).body())
        .contains("Cal card-view site API")
        .contains("/pin/otp");
  }

  private String session(long card, long holder) throws Exception {
    HttpResponse<String> response = exchange(minter.mint(ORG, holder, card, Duration.ofMinutes(2)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return cookieValue(response.headers().firstValue("Set-Cookie").orElseThrow());
  }

  private static String cookieValue(String setCookie) {
    return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
  }

  private HttpResponse<String> exchange(String token) throws Exception {
    return post("/card-view/session", "{\"linkToken\":\"" + token + "\"}", null);
  }

  private static long securityEvents(String kind, String reason) throws SQLException {
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

  private static List<String> storedCodeHashes() throws SQLException {
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

  private static String serverLog() throws Exception {
    return Files.readString(server.logs().resolve("messages.log"));
  }

  /** Messages the application itself logged that carry the code or the PIN. */
  private static long codesInAppLog(String code, String pin) throws Exception {
    return serverLog()
        .lines()
        .filter(l -> l.startsWith("{"))
        .map(l -> Json.createReader(new StringReader(l)).readObject())
        .filter(o -> o.getString("module", "").startsWith("il.gov.cal"))
        .map(o -> o.getString("message", ""))
        .filter(m -> m.contains(code) || m.contains(pin))
        .count();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private HttpResponse<String> get(String path, String session) throws Exception {
    return send("GET", path, null, session);
  }

  private HttpResponse<String> post(String path, String body, String session) throws Exception {
    return send("POST", path, body, session);
  }

  private HttpResponse<String> send(String method, String path, String body, String session)
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
