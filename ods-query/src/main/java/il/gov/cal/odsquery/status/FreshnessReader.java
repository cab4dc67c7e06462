package il.gov.cal.odsquery.status;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the CDC pipeline's {@code cal_ods.ods_freshness} table: one row per index with the time of
 * the last change applied. The reader does not assume the table's columns beyond one whose name
 * contains {@code index} naming the index (with or without the {@code cal-} prefix); every column
 * is returned as text, so the status page follows the pipeline's schema as it evolves.
 */
@ApplicationScoped
public class FreshnessReader {

  private static final Logger log = LoggerFactory.getLogger(FreshnessReader.class);

  @Resource(lookup = "jdbc/ods")
  DataSource dataSource;

  /** Freshness rows keyed by alias ({@code cal-<index>}); empty when the table is absent. */
  public Map<String, Map<String, String>> byAlias() {
    Map<String, Map<String, String>> rows = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM ods_freshness")) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        String index = null;
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String column = meta.getColumnLabel(i).toLowerCase();
          String value = rs.getString(i);
          row.put(column, value);
          if (index == null && column.contains("index")) {
            index = value;
          }
        }
        if (index != null) {
          rows.put(index.startsWith("cal-") ? index : "cal-" + index, row);
        }
      }
    } catch (SQLException e) {
      log.debug("freshness table not readable error={}", e.getClass().getSimpleName());
    }
    return rows;
  }
}
