package il.gov.cal.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalStackIT {

  @Test
  void databaseRunsWithRowBinlogAndTheApplicationAccount() throws Exception {
    EmbeddedDatabase db = TestStack.database();

    try (Connection c =
            DriverManager.getConnection(
                db.jdbcUrl("cal_core"), "cal", EmbeddedDatabase.LOCAL_PASSWORD);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT @@binlog_format, @@log_bin, @@character_set_server")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("ROW");
      assertThat(rs.getInt(2)).isEqualTo(1);
      assertThat(rs.getString(3)).isEqualTo("utf8mb4");
    }
  }

  @Test
  void analystAccountCannotWriteTheCoreSchema() throws Exception {
    EmbeddedDatabase db = TestStack.database();

    try (Connection c =
            DriverManager.getConnection(
                db.jdbcUrl(""), "cal_analyst", EmbeddedDatabase.LOCAL_PASSWORD);
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("CREATE TABLE cal_core.nope (id INT)"))
          .hasMessageContaining("denied");
    }
  }

  @Test
  void odsRowsStayOutOfTheBinlogWhileSourceRowsGoIn() throws Exception {
    EmbeddedDatabase db = TestStack.database();
    try (Connection c = db.connectAsAdmin("cal_core");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE source_row (id INT PRIMARY KEY)");
      s.execute("INSERT INTO source_row VALUES (1)");
    }
    try (Connection c = db.connectAsAdmin(EmbeddedDatabase.ODS_SCHEMA);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE ods_row (id INT PRIMARY KEY)");
      s.execute("INSERT INTO ods_row VALUES (1)");
    }

    List<String> tableMaps = new ArrayList<>();
    try (Connection c = db.connectAsAdmin("");
        Statement s = c.createStatement()) {
      List<String> logs = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SHOW BINARY LOGS")) {
        while (rs.next()) {
          logs.add(rs.getString(1));
        }
      }
      for (String log : logs) {
        try (ResultSet rs = s.executeQuery("SHOW BINLOG EVENTS IN '" + log + "'")) {
          while (rs.next()) {
            if ("Table_map".equals(rs.getString("Event_type"))) {
              tableMaps.add(rs.getString("Info"));
            }
          }
        }
      }
    }

    assertThat(tableMaps).anyMatch(info -> info.contains("(cal_core.source_row)"));
    assertThat(tableMaps).noneMatch(info -> info.contains("(" + EmbeddedDatabase.ODS_SCHEMA + "."));
  }

  @Test
  void searchNodeAnswersOverHttp() throws Exception {
    EmbeddedSearchNode search = TestStack.search();

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(search.httpUrl() + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"cluster_name\":\"cal-local\"");
  }

  @Test
  void dataBelowTheTemporaryFolderSurvivesARestart() throws Exception {
    Path home = Files.createTempDirectory("cal-db-restart-");
    EmbeddedDatabase db = new EmbeddedDatabase(home, TestStack.freePort()).start().bootstrap();
    try {
      try (Connection c = db.connectAsAdmin("cal_core");
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
        s.execute("INSERT INTO kept VALUES (42)");
      }

      db.stop();
      db.start();

      try (Connection c = db.connectAsAdmin("cal_core");
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT id FROM kept")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(42);
      }
    } finally {
      db.stop();
    }
  }
}
