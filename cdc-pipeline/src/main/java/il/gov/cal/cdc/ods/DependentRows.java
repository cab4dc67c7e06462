package il.gov.cal.cdc.ods;

import il.gov.cal.cdc.change.Operation;
import il.gov.cal.cdc.change.RowChange;
import il.gov.cal.cdc.projection.Projection;
import il.gov.cal.cdc.projection.Router;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the ODS rows whose documents denormalise a changed unit, cardholder or card, so their
 * documents can be written again: a unit's renaming or move reaches its sub-units, their
 * cardholders, cards and transactions; a cardholder's reaches their cards and transactions; a
 * card's reaches its transactions.
 *
 * <p>Only changes that alter a denormalised field (names, unit, path, last four digits, holder)
 * trigger the search, plus every insert and snapshot read (its dependents may have arrived first).
 * Cost: renaming a unit near the root rewrites every document below it, in the batch that carries
 * the rename.
 */
public final class DependentRows {

  /** A dependent row to re-index, with the position of the change that made it stale. */
  public record Dependent(Projection projection, Map<String, Object> row, long position) {}

  private static final Map<String, List<String>> DENORMALISED =
      Map.of(
          "unit", List.of("name", "path", "parent_id"),
          "cardholder", List.of("first_name", "last_name", "unit_id"),
          "card", List.of("last4", "cardholder_id", "unit_id"));

  private final Map<String, Projection> byTable;

  public DependentRows() {
    byTable = Router.CORE.stream().collect(Collectors.toMap(Projection::sourceTable, p -> p));
  }

  /** The dependents of the batch's changes, each with the newest triggering position. */
  public List<Dependent> of(Connection connection, List<RowChange> changes) throws SQLException {
    Set<Long> units = new LinkedHashSet<>();
    Set<Long> holders = new LinkedHashSet<>();
    Set<Long> cards = new LinkedHashSet<>();
    long position = 0;
    for (RowChange change : changes) {
      if (!DENORMALISED.containsKey(change.table()) || !relevant(change)) {
        continue;
      }
      long id = ((Number) change.key().get("id")).longValue();
      switch (change.table()) {
        case "unit" -> units.add(id);
        case "cardholder" -> holders.add(id);
        default -> cards.add(id);
      }
      position = Math.max(position, change.position());
    }
    if (units.isEmpty() && holders.isEmpty() && cards.isEmpty()) {
      return List.of();
    }
    List<Dependent> dependents = new ArrayList<>();
    Set<Long> affectedUnits = new LinkedHashSet<>();
    if (!units.isEmpty()) {
      String like =
          units.stream().map(u -> "path LIKE '%/" + u + "/%'").collect(Collectors.joining(" OR "));
      affectedUnits.addAll(
          collect(connection, byTable.get("unit"), "(" + like + ")", position, dependents));
      affectedUnits.addAll(units);
    }
    if (!affectedUnits.isEmpty()) {
      holders.addAll(
          collect(
              connection,
              byTable.get("cardholder"),
              "unit_id IN (" + ids(affectedUnits) + ")",
              position,
              dependents));
    }
    List<String> cardFilters = new ArrayList<>();
    if (!affectedUnits.isEmpty()) {
      cardFilters.add("unit_id IN (" + ids(affectedUnits) + ")");
    }
    if (!holders.isEmpty()) {
      cardFilters.add("cardholder_id IN (" + ids(holders) + ")");
    }
    if (!cardFilters.isEmpty()) {
      cards.addAll(
          collect(
              connection,
              byTable.get("card"),
              "(" + String.join(" OR ", cardFilters) + ")",
              position,
              dependents));
    }
    if (!cards.isEmpty()) {
      collect(
          connection,
          byTable.get("card_transaction"),
          "card_id IN (" + ids(cards) + ")",
          position,
          dependents);
    }
    return dependents;
  }

  private static boolean relevant(RowChange change) {
    if (change.operation() == Operation.READ || change.operation() == Operation.CREATE) {
      return true;
    }
    if (change.operation() == Operation.DELETE || change.before() == null) {
      return change.operation() != Operation.DELETE;
    }
    for (String column : DENORMALISED.get(change.table())) {
      if (!Objects.equals(change.before().get(column), change.after().get(column))) {
        return true;
      }
    }
    return false;
  }

  private static Set<Long> collect(
      Connection connection,
      Projection projection,
      String where,
      long position,
      List<Dependent> into)
      throws SQLException {
    Set<Long> ids = new LinkedHashSet<>();
    String sql = "SELECT * FROM " + projection.odsTable() + " WHERE is_deleted = 0 AND " + where;
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        Map<String, Object> row = OdsValues.row(rs, projection.columns());
        long rowPosition = rs.getLong("source_position");
        ids.add((Long) row.get("id"));
        into.add(new Dependent(projection, row, Math.max(rowPosition, position)));
      }
    }
    return ids;
  }

  private static String ids(Set<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
