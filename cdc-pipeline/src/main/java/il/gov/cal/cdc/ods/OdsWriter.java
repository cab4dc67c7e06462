package il.gov.cal.cdc.ods;

import com.mysql.cj.jdbc.JdbcConnection;
import il.gov.cal.cdc.projection.Column;
import il.gov.cal.cdc.projection.Projection;
import il.gov.cal.cdc.search.DeadLetter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts projected rows into the ODS tables in one transaction per batch. A row changes only when
 * the incoming {@code source_position} is greater than the stored one, so replays are no-ops and a
 * late older change never overwrites a newer one. Rows the database refuses for their data (SQL
 * state class 22 or 23) are returned as dead letters and the rest of the batch is written.
 *
 * <p>The rows of a table go out as multi-row upserts of {@link #GROUP_ROWS} rows each (the 1,500
 * rows of a table in one batch are one statement of 1,024 rows, one of 256, three of 64, one of 16
 * and three of 4), each prepared on the server once per connection and kept: its values travel in
 * the binary protocol, so neither the driver nor the server turns them into SQL text and back. A
 * few sizes keep the number of prepared statements small; every size stays far below the 65,535
 * parameters a statement may have. A connection that is not MySQL Connector/J's gets the same
 * statements prepared on the client.
 */
public final class OdsWriter {

  /** The row counts of the multi-row statements, largest first; the last must be 1. */
  static final int[] GROUP_ROWS = {1024, 256, 64, 16, 4, 1};

  private final Map<String, String> upsertByTable = new LinkedHashMap<>();
  private final Map<String, PreparedStatement> prepared = new HashMap<>();
  private Connection preparedOn;

  /** Writes the changes; returns the rows refused for their data. */
  public List<DeadLetter> write(Connection connection, List<OdsChange> changes)
      throws SQLException {
    if (changes.isEmpty()) {
      return List.of();
    }
    connection.setAutoCommit(false);
    try {
      Map<Projection, List<OdsChange>> byProjection = new LinkedHashMap<>();
      for (OdsChange change : changes) {
        byProjection.computeIfAbsent(change.projection(), p -> new ArrayList<>()).add(change);
      }
      for (Map.Entry<Projection, List<OdsChange>> entry : byProjection.entrySet()) {
        List<OdsChange> rows = entry.getValue();
        int from = 0;
        for (int size : groups(rows.size())) {
          PreparedStatement statement = multiRow(connection, entry.getKey(), size);
          int index = 1;
          for (OdsChange change : rows.subList(from, from + size)) {
            index = bind(statement, index, change);
          }
          statement.executeUpdate();
          from += size;
        }
      }
      connection.commit();
      return List.of();
    } catch (SQLException e) {
      connection.rollback();
      if (!isDataError(e)) {
        throw e;
      }
      return writeOneByOne(connection, changes);
    }
  }

  private List<DeadLetter> writeOneByOne(Connection connection, List<OdsChange> changes)
      throws SQLException {
    List<DeadLetter> refused = new ArrayList<>();
    for (OdsChange change : changes) {
      try (PreparedStatement statement = connection.prepareStatement(upsert(change.projection()))) {
        bind(statement, change);
        statement.executeUpdate();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        if (!isDataError(e)) {
          throw e;
        }
        refused.add(
            new DeadLetter(
                String.valueOf(change.row().get("id")),
                change.projection().sourceTable(),
                change.projection().odsTable(),
                "SQLState " + e.getSQLState() + ": " + e.getMessage(),
                null));
      }
    }
    return refused;
  }

  private static boolean isDataError(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("22") || state.startsWith("23"));
  }

  /** The statement sizes that write {@code rows} rows: as few statements as the sizes allow. */
  static List<Integer> groups(int rows) {
    List<Integer> groups = new ArrayList<>();
    int left = rows;
    for (int size : GROUP_ROWS) {
      for (; left >= size; left -= size) {
        groups.add(size);
      }
    }
    return groups;
  }

  /** The kept statement of {@code rows} rows for the projection, prepared on first use. */
  private PreparedStatement multiRow(Connection connection, Projection projection, int rows)
      throws SQLException {
    if (connection != preparedOn) {
      closePrepared();
      preparedOn = connection;
    }
    String key = projection.odsTable() + '/' + rows;
    PreparedStatement statement = prepared.get(key);
    if (statement == null || statement.isClosed()) {
      String sql = upsertSql(projection, rows);
      statement =
          connection.isWrapperFor(JdbcConnection.class)
              ? connection.unwrap(JdbcConnection.class).serverPrepareStatement(sql)
              : connection.prepareStatement(sql);
      prepared.put(key, statement);
    }
    return statement;
  }

  private void closePrepared() {
    for (PreparedStatement statement : prepared.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        // The statement belongs to a connection that has been replaced; nothing is left to free.
      }
    }
    prepared.clear();
  }

  private static void bind(PreparedStatement statement, OdsChange change) throws SQLException {
    bind(statement, 1, change);
  }

  /** Binds one row from parameter {@code first}; returns the index after its last parameter. */
  private static int bind(PreparedStatement statement, int first, OdsChange change)
      throws SQLException {
    int index = first;
    for (Column column : change.projection().columns()) {
      OdsValues.bind(statement, index++, column, change.row().get(column.name()));
    }
    OdsValues.bindTemporal(
        statement, index++, LocalDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC));
    OdsValues.bindTemporal(statement, index++, LocalDateTime.now(ZoneOffset.UTC));
    statement.setBoolean(index++, change.deleted());
    statement.setLong(index++, change.position());
    return index;
  }

  private String upsert(Projection projection) {
    return upsertByTable.computeIfAbsent(projection.odsTable(), t -> upsertSql(projection));
  }

  /** The upsert statement of a projection: every column guarded by the position comparison. */
  static String upsertSql(Projection projection) {
    return upsertSql(projection, 1);
  }

  /** The upsert of {@code rows} rows at once, guarded like the single-row one. */
  static String upsertSql(Projection projection, int rows) {
    List<String> names = new ArrayList<>();
    projection.columns().forEach(c -> names.add(c.name()));
    names.addAll(List.of("source_changed_at", "ods_updated_at", "is_deleted"));
    StringBuilder sql =
        new StringBuilder("INSERT INTO ").append(projection.odsTable()).append(" (");
    sql.append(String.join(", ", names)).append(", source_position) VALUES ");
    String row = "(" + "?, ".repeat(names.size()) + "?)";
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ", ").append(row);
    }
    sql.append(" ON DUPLICATE KEY UPDATE ");
    for (String name : names) {
      if (name.equals("id")) {
        continue;
      }
      sql.append(name)
          .append(" = IF(VALUES(source_position) > source_position, VALUES(")
          .append(name)
          .append("), ")
          .append(name)
          .append("), ");
    }
    sql.append("source_position = GREATEST(source_position, VALUES(source_position))");
    return sql.toString();
  }
}
