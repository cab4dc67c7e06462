package il.gov.cal.core.importing.api;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.platform.RunningCore;
import il.gov.cal.localstack.TestStack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IssuerFileImportIT {

  @BeforeAll
  static void startServer() {
    RunningCore.server();
  }

  @Test
  void sampleFileImportsWithItsExpectedValues() throws Exception {
    SampleVariant file = SampleVariant.fresh();

    HttpResponse<String> upload = ImportClient.upload(file.bytes(), null);
    assertThat(upload.statusCode()).isEqualTo(202);
    String location = upload.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("http://127\\.0\\.0\\.1:\\d+/core/imports/\\d+");
    JsonObject view = ImportClient.awaitFinal(location);

    assertThat(view.getString("state")).isEqualTo("COMPLETED");
    assertThat(view.getInt("recordsTotal")).isEqualTo(5);
    assertThat(view.getInt("recordsRead")).isEqualTo(5);
    assertThat(view.getInt("accepted")).isEqualTo(5);
    assertThat(view.getInt("rejected")).isZero();
    assertThat(view.getInt("duplicates")).isZero();
    assertThat(view.getString("sha256")).hasSize(64);
    List<String> rows = transactionsOf(view.getInt("id"));
    assertThat(rows)
        .containsExactly(
            file.ref(1) + " PURCHASE 10 2025-02-27 2025-02-28 12345 USD 12345 USD 5943 true",
            file.ref(2) + " REFUND 11 2025-02-27 2025-02-28 -2345 USD -2345 USD 5943 true",
            file.ref(3) + " PURCHASE 10 2025-02-28 2025-03-01 1000 EUR 1096 USD 5812 true");
    assertThat(sumOfBilling(view.getInt("id"))).isEqualTo(11096);
    assertThat(cardOf(file.companyId))
        .isEqualTo(file.pan.substring(12) + " ACTIVE PHYSICAL CH-0001 HQ");
  }

  @Test
  void resendingTheFileAddsNothing() throws Exception {
    SampleVariant file = SampleVariant.fresh();
    ImportClient.importFile(file.bytes());

    JsonObject again = ImportClient.importFile(file.bytes());

    assertThat(again.getString("state")).isEqualTo("COMPLETED");
    assertThat(again.getInt("duplicates")).isEqualTo(3);
    assertThat(again.getInt("accepted")).isEqualTo(2);
    assertThat(transactionsOf(again.getInt("id"))).isEmpty();
    assertThat(countTransactions(file.refPrefix)).isEqualTo(3);
  }

  @Test
  void sameIdempotencyKeyAndContentReturnsTheEarlierImport() throws Exception {
    SampleVariant file = SampleVariant.fresh();
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = ImportClient.upload(file.bytes(), key);

    HttpResponse<String> repeat = ImportClient.upload(file.bytes(), key);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(repeat.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    ImportClient.awaitFinal(first.headers().firstValue("Location").orElseThrow());
    assertThat(countTransactions(file.refPrefix)).isEqualTo(3);
  }

  @Test
  void sameIdempotencyKeyWithAnotherFileIsRefusedAsAProblem() throws Exception {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = ImportClient.upload(SampleVariant.fresh().bytes(), key);

    HttpResponse<String> other = ImportClient.upload(SampleVariant.fresh().bytes(), key);

    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(json(other.body()).getString("code")).isEqualTo("idempotency.key-reused");
    ImportClient.awaitFinal(first.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void multipartUploadWithAFilePartImports() throws Exception {
    SampleVariant file = SampleVariant.fresh();
    String boundary = "cal" + UUID.randomUUID();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\";"
            + " filename=\"march.tsv\"\r\nContent-Type: text/tab-separated-values\r\n\r\n";
    byte[] body =
        concat(
            head.getBytes(StandardCharsets.UTF_8),
            file.bytes(),
            ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> upload =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(RunningCore.server().baseUrl() + "/core/imports"))
                    .header("Authorization", ImportClient.bearer())
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
    JsonObject view =
        ImportClient.awaitFinal(upload.headers().firstValue("Location").orElseThrow());
    assertThat(view.getString("state")).isEqualTo("COMPLETED");
    assertThat(view.getString("fileName")).isEqualTo("march.tsv");
    assertThat(countTransactions(file.refPrefix)).isEqualTo(3);
  }

  @Test
  void wrongTrailerCountRejectsTheWholeFileAndChangesNothing() throws Exception {
    SampleVariant file = SampleVariant.fresh().withField(12, 5, "4");

    JsonObject view = ImportClient.importFile(file.bytes());

    assertRejectedWhole(view, file, 12);
  }

  @Test
  void wrongControlTotalRejectsTheWholeFileAndChangesNothing() throws Exception {
    SampleVariant file = SampleVariant.fresh().withField(12, 6, "15787");

    JsonObject view = ImportClient.importFile(file.bytes());

    assertRejectedWhole(view, file, 12);
  }

  @Test
  void truncatedFileIsRejectedWholeAndChangesNothing() throws Exception {
    SampleVariant file = SampleVariant.fresh().truncatedAfter(10);

    JsonObject view = ImportClient.importFile(file.bytes());

    assertRejectedWhole(view, file, 11);
  }

  @Test
  void nonNumericAmountRejectsThatRecordAloneWithItsLine() throws Exception {
    SampleVariant file = SampleVariant.fresh().withField(9, 14, "12A45").withField(12, 6, "3441");

    JsonObject view = ImportClient.importFile(file.bytes());

    assertThat(view.getString("state")).isEqualTo("COMPLETED");
    assertThat(view.getInt("rejected")).isEqualTo(1);
    assertThat(view.getInt("accepted")).isEqualTo(4);
    JsonObject rejection = view.getJsonArray("rejections").getJsonObject(0);
    assertThat(rejection.getInt("line")).isEqualTo(9);
    assertThat(rejection.getString("reason")).isNotBlank();
    assertThat(countTransactions(file.refPrefix)).isEqualTo(2);
  }

  @Test
  void unknownCardRejectsThatRecordAloneWithItsLine() throws Exception {
    SampleVariant file = SampleVariant.fresh().withField(10, 1, "4000000000000002");

    JsonObject view = ImportClient.importFile(file.bytes());

    assertThat(view.getString("state")).isEqualTo("COMPLETED");
    assertThat(view.getInt("rejected")).isEqualTo(1);
    JsonObject rejection = view.getJsonArray("rejections").getJsonObject(0);
    assertThat(rejection.getInt("line")).isEqualTo(10);
    assertThat(rejection.getString("reason")).isEqualTo("unknown card account");
    assertThat(view.toString()).doesNotContain("4000000000000002");
    assertThat(countTransactions(file.refPrefix)).isEqualTo(2);
  }

  @Test
  void aCardAccountOfAnotherOrganisationIsRejectedAndItsTransactionsStayOut() throws Exception {
    SampleVariant first = SampleVariant.fresh();
    ImportClient.importFile(first.bytes());
    SampleVariant second = SampleVariant.fresh().withPan(first.pan);

    JsonObject view = ImportClient.importFile(second.bytes());

    assertThat(view.getString("state")).isEqualTo("COMPLETED");
    List<String> reasons = new ArrayList<>();
    view.getJsonArray("rejections").forEach(r -> reasons.add(r.asJsonObject().getString("reason")));
    assertThat(reasons)
        .contains("card account belongs to another organisation")
        .containsOnly("card account belongs to another organisation", "unknown card account");
    assertThat(view.toString()).doesNotContain(first.pan);
    assertThat(countTransactions(second.refPrefix)).isZero();
    assertThat(cardOf(first.companyId))
        .isEqualTo(first.pan.substring(12) + " ACTIVE PHYSICAL CH-0001 HQ");
  }

  @Test
  void unknownImportIsANotFoundProblem() throws Exception {
    HttpResponse<String> response = ImportClient.raw("/core/imports/999999999");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response.body()).getString("code")).isEqualTo("import.not-found");
  }

  private static void assertRejectedWhole(JsonObject view, SampleVariant file, int line)
      throws Exception {
    assertThat(view.getString("state")).isEqualTo("REJECTED");
    assertThat(view.getJsonObject("failure").getInt("line")).isEqualTo(line);
    assertThat(view.getJsonObject("failure").getString("reason")).isNotBlank();
    assertThat(view.getInt("recordsRead")).isZero();
    assertThat(countTransactions(file.refPrefix)).isZero();
    assertThat(cardOf(file.companyId)).isNull();
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM organisation WHERE issuer_company_id = ?")) {
      s.setString(1, file.companyId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }

  private static List<String> transactionsOf(int importId) throws Exception {
    String select =
        "SELECT issuer_ref, kind, type_code, transaction_date, posting_date,"
            + " original_amount_minor, original_currency, billing_amount_minor, billing_currency,"
            + " mcc, mcc_description IS NOT NULL FROM card_transaction WHERE import_id = ?"
            + " ORDER BY issuer_ref";
    List<String> rows = new ArrayList<>();
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement s = c.prepareStatement(select)) {
      s.setInt(1, importId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          List<String> columns = new ArrayList<>();
          for (int i = 1; i <= 10; i++) {
            columns.add(rs.getString(i));
          }
          columns.add(Boolean.toString(rs.getBoolean(11)));
          rows.add(String.join(" ", columns));
        }
      }
    }
    return rows;
  }

  private static long sumOfBilling(int importId) throws Exception {
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement s =
            c.prepareStatement(
                "SELECT SUM(billing_amount_minor) FROM card_transaction WHERE import_id = ?")) {
      s.setInt(1, importId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static int countTransactions(String refPrefix) throws Exception {
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM card_transaction WHERE issuer_ref LIKE ?")) {
      s.setString(1, refPrefix + "%");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static String cardOf(String companyId) throws Exception {
    String select =
        "SELECT k.last4, k.status, k.product, h.external_ref, u.code FROM card k"
            + " JOIN cardholder h ON h.id = k.cardholder_id JOIN unit u ON u.id = k.unit_id"
            + " JOIN organisation o ON o.id = k.org_id WHERE o.issuer_company_id = ?";
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement s = c.prepareStatement(select)) {
      s.setString(1, companyId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return String.join(
            " ",
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5));
      }
    }
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
