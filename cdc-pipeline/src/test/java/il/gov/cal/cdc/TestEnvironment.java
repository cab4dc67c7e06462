package il.gov.cal.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import il.gov.cal.cdc.change.CanonicalJson;
import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.config.SourceKind;
import il.gov.cal.cdc.config.StateStore;
import il.gov.cal.cdc.search.SearchHttp;
import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.EmbeddedSearchNode;
import il.gov.cal.localstack.TestStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real stack for integration tests, and the resets that make each test start clean. */
public final class TestEnvironment {

  private static final ObjectMapper MAPPER = CanonicalJson.MAPPER;

  private TestEnvironment() {}

  /** The shared database; a start that timed out on a busy machine is tried once more. */
  public static EmbeddedDatabase db() {
    try {
      return TestStack.database();
    } catch (IllegalStateException slowStart) {
      return TestStack.database();
    }
  }

  public static EmbeddedSearchNode search() {
    return TestStack.search();
  }

  /**
   * Stops and starts the shared database on the same port and data. The local server gives up after
   * 30 s without the ready line, which a busy 2-core machine can exceed: one more attempt is made
   * after cleaning up the failed one.
   */
  public static void restartDatabase() {
    db().stop();
    try {
      db().start();
    } catch (IllegalStateException slowStart) {
      try {
        db().stop();
      } catch (IllegalStateException alreadyDown) {
        // The failed start left nothing running to stop.
      }
      db().start();
    }
  }

  /** A pipeline configuration against the test stack with a fresh state directory. */
  public static PipelineConfig config(List<String> databases, List<String> tables, boolean pass) {
    try {
      Path state = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cdc-state-");
      return new PipelineConfig(
          SourceKind.MARIADB,
          "127.0.0.1",
          db().port(),
          "cal",
          EmbeddedDatabase.LOCAL_PASSWORD,
          5401,
          databases,
          tables,
          pass,
          search().httpUrl(),
          db().jdbcUrl("cal_ods"),
          "cal",
          EmbeddedDatabase.LOCAL_PASSWORD,
          StateStore.FILE,
          state,
          0,
          "cal-cdc-test",
          Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The core configuration: cal_core, the mapped tables. */
  public static PipelineConfig coreConfig() {
    return config(
        List.of("cal_core"),
        List.of("unit", "cardholder", "card", "budget", "card_transaction", "audit_event"),
        false);
  }

  /** Empties cal_ods and the indices, and builds cal_core afresh at the core's latest version. */
  public static void resetAll() throws Exception {
    resetAll("latest");
  }

  /**
   * Empties cal_ods and the indices, and builds cal_core afresh with the core's migrations up to
   * and including {@code coreVersion} (see {@link CoreSchema}).
   */
  public static void resetAll(String coreVersion) throws Exception {
    resetOdsAndIndices();
    try (Connection c = db().connectAsAdmin("");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS cal_core");
      s.execute("CREATE DATABASE cal_core CHARACTER SET utf8mb4");
    }
    CoreSchema.migrate(coreVersion);
  }

  /** Empties cal_ods and deletes every cal-* index. */
  public static void resetOdsAndIndices() throws Exception {
    try (Connection c = db().connectAsAdmin("cal_ods");
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SHOW TABLES")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        s.execute("DROP TABLE `" + table + "`");
      }
    }
    http().send("DELETE", "/cal-*", null, null);
  }

  /** A fresh scratch database owned by cal_admin, usable by the pipeline's account. */
  public static void scratchDatabase(String name) throws SQLException {
    try (Connection c = db().connectAsAdmin("");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
      for (String host : new String[] {"localhost", "127.0.0.1"}) {
        s.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO 'cal'@'" + host + "'");
      }
    }
  }

  public static SearchHttp http() {
    return new SearchHttp(search().httpUrl());
  }

  /** A document's source, or null when missing. */
  public static JsonNode document(String alias, String id) throws IOException {
    SearchHttp.Response response =
        http()
            .send(
                "GET",
                "/" + alias + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8),
                null,
                null);
    if (response.status() == 404) {
      return null;
    }
    JsonNode root = MAPPER.readTree(response.body());
    return root.path("found").asBoolean() ? root.get("_source") : null;
  }

  /** The number of documents of an alias after a refresh. */
  public static long count(String alias) throws IOException {
    http().send("POST", "/" + alias + "/_refresh", null, null);
    SearchHttp.Response response = http().send("GET", "/" + alias + "/_count", null, null);
    if (!response.ok()) {
      return -1;
    }
    return MAPPER.readTree(response.body()).path("count").asLong();
  }

  /** Runs statements as cal_admin in the given database. */
  public static void sql(String database, String... statements) throws SQLException {
    try (Connection c = db().connectAsAdmin(database);
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /** One long value from a query as cal_admin. */
  public static long queryLong(String database, String query) throws SQLException {
    try (Connection c = db().connectAsAdmin(database);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
