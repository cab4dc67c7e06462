package il.gov.cal.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.localstack.LibertyServer;
import il.gov.cal.localstack.TestStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreServerIT {

  private static LibertyServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startServer() {
    server = RunningCore.server();
  }

  @Test
  void readinessIsUpWhenTheDatabaseAnswers() throws Exception {
    HttpResponse<String> response = get("/health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("core-database").contains("\"status\":\"UP\"");
  }

  @Test
  void startupMigratesTheCoreSchema() throws Exception {
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT MAX(version) FROM flyway_schema_history WHERE success = 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isNotBlank();
    }
  }

  @Test
  void openApiDocumentDescribesTheCore() throws Exception {
    HttpResponse<String> response = get("/openapi");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Cal operational core");
  }

  @Test
  void startupLogsNoErrorOfFlyway() throws Exception {
    List<String> lines = Files.readAllLines(server.logs().resolve("messages.log"));

    assertThat(lines).anyMatch(line -> line.contains("core schema ready"));
    assertThat(lines)
        .filteredOn(line -> line.contains("\"module\":\"org.flywaydb"))
        .noneMatch(line -> line.contains("\"loglevel\":\"SEVERE\""))
        .noneMatch(line -> line.contains("\"loglevel\":\"ERROR\""));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
