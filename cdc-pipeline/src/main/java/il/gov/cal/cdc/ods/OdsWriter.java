package il.gov.cal.cdc.ods;

import il.gov.cal.cdc.projection.Column;
import il.gov.cal.cdc.projection.Projection;
import il.gov.cal.cdc.search.DeadLetter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts projected rows into the ODS tables in one transaction per batch. A row changes only when
 * the incoming {@code source_position} is greater than the stored one, so replays are no-ops and a
 * late older change never overwrites a newer one. Rows the database refuses for their data (SQL
 * state class 22 or 23) are returned as dead letters and the rest of the batch is written.
 */
public final class OdsWriter {

  private final Map<String, String> upsertByTable = new LinkedHashMap<>();

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
        try (PreparedStatement statement = connection.prepareStatement(upsert(entry.getKey()))) {
          for (OdsChange change : entry.getValue()) {
            bind(statement, change);
            statement.addBatch();
          }
          statement.executeBatch();
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

  private static void bind(PreparedStatement statement, OdsChange change) throws SQLException {
    int index = 1;
    for (Column column : change.projection().columns()) {
      OdsValues.bind(statement, index++, column, change.row().get(column.name()));
    }
    OdsValues.bindTemporal(
        statement, index++, LocalDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC));
    OdsValues.bindTemporal(statement, index++, LocalDateTime.now(ZoneOffset.UTC));
    statement.setBoolean(index++, change.deleted());
    statement.setLong(index, change.position());
  }

  private String upsert(Projection projection) {
    return upsertByTable.computeIfAbsent(projection.odsTable(), t -> upsertSql(projection));
  }

  /** The upsert statement of a projection: every column guarded by the position comparison. */
  static String upsertSql(Projection projection) {
    List<String> names = new ArrayList<>();
    projection.columns().forEach(c -> names.add(c.name()));
    names.addAll(List.of("source_changed_at", "ods_updated_at", "is_deleted"));
    StringBuilder sql =
        new StringBuilder("INSERT INTO ").append(projection.odsTable()).append(" (");
    sql.append(String.join(", ", names)).append(", source_position) VALUES (");
    sql.append("?, ".repeat(names.size())).append("?) ON DUPLICATE KEY UPDATE ");
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
