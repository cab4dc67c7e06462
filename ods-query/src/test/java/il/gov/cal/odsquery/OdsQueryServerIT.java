package il.gov.cal.odsquery;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.security.identity.Role;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The ODS query service as a whole on a real Liberty: readiness, its independence of the
 * operational core's database, the status of the ODS and the OpenAPI document.
 */
class OdsQueryServerIT extends OdsQueryServerTestBase {

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
}
