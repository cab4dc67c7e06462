package il.gov.cal.cdc.ods;

import il.gov.cal.cdc.change.CanonicalJson;
import il.gov.cal.cdc.projection.Column;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds projected values to ODS columns and reads them back as the same Java values, so a row read
 * from the ODS maps to the same document as the change that wrote it. Instants are stored as UTC
 * wall-clock values and never pass through the JVM's or the connection's zone.
 */
public final class OdsValues {

  private OdsValues() {}

  /** Binds one value at the given parameter index. */
  public static void bind(PreparedStatement statement, int index, Column column, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
      return;
    }
    switch (column.type()) {
      case BIGINT -> statement.setLong(index, ((Number) value).longValue());
      case STRING, LONG_STRING -> statement.setString(index, value.toString());
      case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
      case DATE, LOCAL_DATE_TIME, TIME -> bindTemporal(statement, index, value);
      case INSTANT -> bindTemporal(statement, index, utc(value));
      case JSON -> statement.setString(index, CanonicalJson.write(value));
    }
  }

  /** A date or wall-clock time as SQL text when it fits (see {@link SqlTemporalText}). */
  static void bindTemporal(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value instanceof LocalDateTime time && SqlTemporalText.fits(time.toLocalDate())) {
      statement.setString(index, SqlTemporalText.dateTime(time));
    } else if (value instanceof LocalDate date && SqlTemporalText.fits(date)) {
      statement.setString(index, SqlTemporalText.date(date));
    } else {
      statement.setObject(index, value);
    }
  }

  /**
   * An instant column's value as UTC wall-clock. A source that declares the column DATETIME instead
   * of TIMESTAMP sends a wall-clock value, which is taken as UTC, the platform's zone.
   */
  private static LocalDateTime utc(Object value) {
    return value instanceof Instant instant
        ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC)
        : (LocalDateTime) value;
  }

  /** Reads one value of the current row. */
  public static Object read(ResultSet rs, Column column) throws SQLException {
    String name = column.name();
    Object value =
        switch (column.type()) {
          case BIGINT -> rs.getLong(name);
          case STRING, LONG_STRING -> rs.getString(name);
          case DECIMAL -> rs.getBigDecimal(name);
          case DATE -> rs.getObject(name, LocalDate.class);
          case LOCAL_DATE_TIME -> rs.getObject(name, LocalDateTime.class);
          case TIME -> rs.getObject(name, LocalTime.class);
          case INSTANT -> {
            LocalDateTime utc = rs.getObject(name, LocalDateTime.class);
            yield utc == null ? null : utc.toInstant(ZoneOffset.UTC);
          }
          case JSON -> {
            String text = rs.getString(name);
            yield text == null ? null : CanonicalJson.parse(text);
          }
        };
    return rs.wasNull() ? null : value;
  }

  /** Reads the projected columns of the current row. */
  public static Map<String, Object> row(ResultSet rs, List<Column> columns) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    for (Column column : columns) {
      row.put(column.name(), read(rs, column));
    }
    return row;
  }
}
