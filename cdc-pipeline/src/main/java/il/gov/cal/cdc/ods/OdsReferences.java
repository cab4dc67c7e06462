package il.gov.cal.cdc.ods;

import il.gov.cal.cdc.projection.CardProjection;
import il.gov.cal.cdc.projection.CardholderProjection;
import il.gov.cal.cdc.projection.Projection;
import il.gov.cal.cdc.projection.References;
import il.gov.cal.cdc.projection.UnitProjection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * {@link References} read from the ODS tables (or, for verification, from the source tables),
 * cached for the life of one instance, or in a {@link ReferenceCache} that outlives it. Deleted
 * rows are not found.
 */
public final class OdsReferences implements References {

  private static final Projection UNIT = new UnitProjection();
  private static final Projection CARDHOLDER = new CardholderProjection();
  private static final Projection CARD = new CardProjection();

  private final Connection connection;
  private final boolean fromSource;
  private final ReferenceCache cache;

  /** References from the ODS tables. */
  public OdsReferences(Connection connection) {
    this(connection, false);
  }

  /** References from the ODS tables, kept in {@code cache} beyond this instance. */
  public OdsReferences(Connection connection, ReferenceCache cache) {
    this.connection = connection;
    this.fromSource = false;
    this.cache = cache;
  }

  /**
   * @param connection a connection to the ODS schema, or to the source schema when {@code
   *     fromSource}
   * @param fromSource read the source tables ({@code unit}, ...) instead of the ODS tables
   */
  public OdsReferences(Connection connection, boolean fromSource) {
    this.connection = connection;
    this.fromSource = fromSource;
    this.cache = new ReferenceCache(Integer.MAX_VALUE);
  }

  @Override
  public Optional<Map<String, Object>> unit(long id) {
    return find(UNIT, id);
  }

  @Override
  public Optional<Map<String, Object>> cardholder(long id) {
    return find(CARDHOLDER, id);
  }

  @Override
  public Optional<Map<String, Object>> card(long id) {
    return find(CARD, id);
  }

  private Optional<Map<String, Object>> find(Projection projection, long id) {
    Optional<Map<String, Object>> row = cache.get(projection.sourceTable(), id);
    if (row == null) {
      row = load(projection, id);
      cache.put(projection.sourceTable(), id, row);
    }
    return row;
  }

  private Optional<Map<String, Object>> load(Projection projection, long id) {
    String sql =
        fromSource
            ? "SELECT * FROM " + projection.sourceTable() + " WHERE id = ?"
            : "SELECT * FROM " + projection.odsTable() + " WHERE id = ? AND is_deleted = 0";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, id);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? Optional.of(OdsValues.row(rs, projection.columns())) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new OdsUnavailableException(e);
    }
  }

  /** The ODS could not be read; the batch is retried as a whole. */
  public static final class OdsUnavailableException extends RuntimeException {
    OdsUnavailableException(SQLException cause) {
      super("ODS reference look-up failed: " + cause.getMessage(), cause);
    }
  }
}
