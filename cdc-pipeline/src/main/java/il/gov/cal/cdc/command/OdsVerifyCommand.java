package il.gov.cal.cdc.command;

import com.fasterxml.jackson.databind.JsonNode;
import il.gov.cal.cdc.change.CanonicalJson;
import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.engine.SourceDatabase;
import il.gov.cal.cdc.ods.OdsReferences;
import il.gov.cal.cdc.ods.OdsValues;
import il.gov.cal.cdc.projection.Column;
import il.gov.cal.cdc.projection.Projection;
import il.gov.cal.cdc.projection.Router;
import il.gov.cal.cdc.search.IndexNames;
import il.gov.cal.cdc.search.SearchHttp;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares the source with both ODS stores, table by table: row counts and a per-row digest. For
 * the MySQL ODS the digest covers the projected columns; for OpenSearch it covers the whole
 * document, denormalised fields included, as the mapper would build it from the source now. Prints
 * every difference (first 20 ids per kind) and exits with 1 when there is any, 0 otherwise. Run it
 * while no changes are flowing, or expect differences for rows changed during the run.
 *
 * <p>Arguments: none (every core table), or the logical index names to check ({@code transactions
 * cards}).
 */
public final class OdsVerifyCommand {

  private static final int SHOWN = 20;

  private final PipelineConfig config;
  private final PrintStream out;

  public OdsVerifyCommand(PipelineConfig config, PrintStream out) {
    this.config = config;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    IndexArguments.refusingBadNames(
        () -> {
          int differences =
              new OdsVerifyCommand(PipelineConfig.load(), System.out).run(List.of(args));
          System.exit(differences == 0 ? 0 : 1);
        });
  }

  /**
   * Verifies the given indices (all core ones when empty); returns the number of differences.
   *
   * @throws IllegalArgumentException for a name that is not a core index
   */
  public int run(List<String> indices) throws SQLException, IOException {
    IndexArguments.checked(indices, Router.CORE);
    int differences = 0;
    try (Connection source =
            DriverManager.getConnection(
                SourceDatabase.jdbcUrl(config, config.signalDatabase()),
                config.dbUser(),
                config.dbPassword());
        Connection ods =
            DriverManager.getConnection(
                config.odsJdbcUrl(), config.odsUser(), config.odsPassword())) {
      for (Projection projection : Router.CORE) {
        if (!indices.isEmpty() && !indices.contains(projection.index())) {
          continue;
        }
        if (!tableExists(source, projection.sourceTable())) {
          continue;
        }
        differences += verify(projection, source, ods);
      }
    }
    out.println(
        differences == 0 ? "ODS verified: no difference" : "ODS differences: " + differences);
    return differences;
  }

  private int verify(Projection projection, Connection source, Connection ods)
      throws SQLException, IOException {
    Map<String, String> sourceRows = new HashMap<>();
    Map<String, String> expectedDocs = new HashMap<>();
    OdsReferences refs = new OdsReferences(source, true);
    try (Statement s = source.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + projection.sourceTable())) {
      while (rs.next()) {
        Map<String, Object> row = OdsValues.row(rs, projection.columns());
        String id = projection.documentId(row);
        sourceRows.put(id, digest(rowText(projection, row)));
        expectedDocs.put(
            id,
            digest(
                CanonicalJson.write(
                    CanonicalJson.MAPPER.valueToTree(projection.document(row, refs)))));
      }
    }
    Map<String, String> odsRows = new HashMap<>();
    try (Statement s = ods.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT * FROM " + projection.odsTable() + " WHERE is_deleted = 0")) {
      while (rs.next()) {
        Map<String, Object> row = OdsValues.row(rs, projection.columns());
        odsRows.put(projection.documentId(row), digest(rowText(projection, row)));
      }
    }
    Map<String, String> docs = searchDigests(projection.index());
    int differences = compare(projection.odsTable(), sourceRows, odsRows);
    differences += compare(IndexNames.alias(projection.index()), expectedDocs, docs);
    return differences;
  }

  private int compare(String target, Map<String, String> expected, Map<String, String> actual) {
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> entry : expected.entrySet()) {
      String found = actual.get(entry.getKey());
      if (found == null) {
        missing.add(entry.getKey());
      } else if (!found.equals(entry.getValue())) {
        changed.add(entry.getKey());
      }
    }
    for (String id : actual.keySet()) {
      if (!expected.containsKey(id)) {
        extra.add(id);
      }
    }
    out.printf(
        "%-24s source=%d target=%d missing=%d extra=%d different=%d%n",
        target, expected.size(), actual.size(), missing.size(), extra.size(), changed.size());
    show(target, "missing", missing);
    show(target, "extra", extra);
    show(target, "different", changed);
    return missing.size() + extra.size() + changed.size();
  }

  private void show(String target, String kind, List<String> ids) {
    if (!ids.isEmpty()) {
      out.printf(
          "  %s %s ids: %s%n", target, kind, new TreeSet<>(ids).stream().limit(SHOWN).toList());
    }
  }

  private Map<String, String> searchDigests(String index) throws IOException {
    SearchHttp http = new SearchHttp(config.searchUrl());
    String alias = IndexNames.alias(index);
    http.send("POST", "/" + alias + "/_refresh", null, null);
    Map<String, String> digests = new HashMap<>();
    String after = null;
    while (true) {
      String body =
          "{\"size\":5000,\"sort\":[{\"id\":\"asc\"}],\"query\":{\"match_all\":{}}"
              + (after == null ? "" : ",\"search_after\":[" + after + "]")
              + "}";
      SearchHttp.Response response = http.json("POST", "/" + alias + "/_search", body);
      if (!response.ok()) {
        throw new IOException("search of " + alias + " failed: HTTP " + response.status());
      }
      JsonNode hits = CanonicalJson.parse(response.body()).path("hits").path("hits");
      if (hits.isEmpty()) {
        return digests;
      }
      for (JsonNode hit : hits) {
        digests.put(hit.path("_id").asText(), digest(CanonicalJson.write(hit.get("_source"))));
        after = hit.path("sort").get(0).toString();
      }
    }
  }

  private static String rowText(Projection projection, Map<String, Object> row) {
    StringBuilder text = new StringBuilder();
    for (Column column : projection.columns()) {
      Object value = row.get(column.name());
      text.append(column.name()).append('=');
      text.append(value instanceof JsonNode ? CanonicalJson.write(value) : String.valueOf(value));
      text.append('\u001f');
    }
    return text.toString();
  }

  private static boolean tableExists(Connection source, String table) throws SQLException {
    try (ResultSet rs = source.getMetaData().getTables(source.getCatalog(), null, table, null)) {
      return rs.next();
    }
  }

  private static String digest(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
