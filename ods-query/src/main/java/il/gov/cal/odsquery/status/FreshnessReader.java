package il.gov.cal.odsquery.status;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the CDC pipeline's {@code cal_ods.ods_freshness} table (one row per index, named without
 * the {@code cal-} prefix). Before the pipeline's first run the table does not exist; the status
 * page then shows no freshness rather than failing.
 */
@ApplicationScoped
public class FreshnessReader {

  private static final Logger log = LoggerFactory.getLogger(FreshnessReader.class);

  /** SQL state of a missing table: the pipeline has not run yet. */
  private static final String MISSING_TABLE = "42S02";

  @Resource(lookup = "jdbc/ods")
  DataSource dataSource;

  /** Freshness keyed by alias ({@code cal-<index>}); empty when the table is absent. */
  public Map<String, IndexFreshness> byAlias() {
    Map<String, IndexFreshness> rows = new HashMap<>();
    String sql =
        "SELECT index_name, last_source_commit_at, last_indexed_at, last_source_position"
            + " FROM ods_freshness";
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        String index = rs.getString(1);
        rows.put(
            index.startsWith("cal-") ? index : "cal-" + index,
            new IndexFreshness(iso(rs.getTimestamp(2)), iso(rs.getTimestamp(3)), rs.getLong(4)));
      }
    } catch (SQLException e) {
      if (MISSING_TABLE.equals(e.getSQLState())) {
        log.debug("freshness table not there yet");
      } else {
        log.warn("freshness table not readable state={} error={}", e.getSQLState(), e.toString());
      }
    }
    return rows;
  }

  private static String iso(Timestamp time) {
    return time == null ? null : time.toInstant().toString();
  }
}
