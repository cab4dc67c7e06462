package il.gov.cal.cdc.ods;

import il.gov.cal.cdc.projection.Column;
import il.gov.cal.cdc.projection.ColumnType;
import il.gov.cal.cdc.projection.Projection;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The DDL of the {@code cal_ods} tables the pipeline owns. Each projection table holds the
 * projected columns plus {@code source_position} (packed binlog position, the row's version),
 * {@code source_changed_at} (source commit time), {@code ods_updated_at} and {@code is_deleted} (a
 * delete keeps the row as a tombstone, so a late older change cannot bring it back). Created with
 * {@code CREATE TABLE IF NOT EXISTS} at every start; a column added to a projection needs a rebuild
 * of that table (drop it and restart from a fresh snapshot).
 */
public final class OdsSchema {

  private OdsSchema() {}

  /** Creates every missing table. */
  public static void create(Connection connection, List<Projection> projections)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (Projection projection : projections) {
        statement.execute(tableDdl(projection));
      }
      statement.execute(
          "CREATE TABLE IF NOT EXISTS ods_dead_letter ("
              + "id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
              + "event_key VARCHAR(255) NOT NULL,"
              + "source_table VARCHAR(255) NOT NULL,"
              + "target VARCHAR(255) NOT NULL,"
              + "reason VARCHAR(2000) NOT NULL,"
              + "payload LONGTEXT NULL,"
              + "created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),"
              + "KEY ix_dead_letter_table (source_table, created_at))");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS ods_freshness ("
              + "index_name VARCHAR(64) NOT NULL PRIMARY KEY,"
              + "last_source_commit_at DATETIME(3) NULL,"
              + "last_indexed_at DATETIME(3) NULL,"
              + "last_source_position BIGINT NOT NULL DEFAULT 0)");
    }
  }

  /** The CREATE TABLE statement of a projection's ODS table. */
  public static String tableDdl(Projection projection) {
    StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS ");
    ddl.append(projection.odsTable()).append(" (");
    for (Column column : projection.columns()) {
      ddl.append(column.name()).append(' ').append(column.type().ddl());
      ddl.append(column.name().equals("id") ? " NOT NULL," : " NULL,");
    }
    ddl.append("source_position BIGINT NOT NULL,")
        .append("source_changed_at DATETIME(3) NOT NULL,")
        .append("ods_updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),")
        .append("is_deleted TINYINT(1) NOT NULL DEFAULT 0,")
        .append("PRIMARY KEY (id)");
    if (projection.columns().stream().anyMatch(c -> c.name().equals("card_id"))) {
      ddl.append(", KEY ix_").append(projection.odsTable()).append("_card (card_id)");
    }
    if (projection.columns().stream().anyMatch(c -> c.name().equals("cardholder_id"))) {
      ddl.append(", KEY ix_").append(projection.odsTable()).append("_holder (cardholder_id)");
    }
    if (projection.columns().stream().anyMatch(c -> c.name().equals("unit_id"))) {
      ddl.append(", KEY ix_").append(projection.odsTable()).append("_unit (unit_id)");
    }
    ddl.append(')');
    return ddl.toString();
  }

  /** Whether a column is stored as a JSON text. */
  static boolean isJson(Column column) {
    return column.type() == ColumnType.JSON;
  }
}
