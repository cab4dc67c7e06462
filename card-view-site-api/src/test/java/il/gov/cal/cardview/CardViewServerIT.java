package il.gov.cal.cardview;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.TestStack;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The card-view site as a whole on a real Liberty: readiness, its independence of the operational
 * core's database, and the OpenAPI document.
 */
class CardViewServerIT extends CardViewServerTestBase {

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
  void theSiteSchemaIsMigratedWithoutAFlywayLocationError() throws Exception {
    // Liberty cannot list a folder: without its marker file, Flyway could not resolve the
    // db/callback folder it always scans, and logged an error at every start.
    assertThat(serverLog())
        .contains("site schema ready")
        .doesNotContain("Unable to resolve location");
  }

  @Test
  void theOpenApiDocumentDescribesTheSite() throws Exception {
    assertThat(send("GET", "/openapi", null, null).body())
        .contains("Cal card-view site API")
        .contains("/pin/otp");
  }
}
