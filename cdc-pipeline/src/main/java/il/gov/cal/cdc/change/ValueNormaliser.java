package il.gov.cal.cdc.change;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Turns the values of a Debezium row struct into plain Java values whose meaning is explicit.
 *
 * <ul>
 *   <li>DATETIME ({@code io.debezium.time.Timestamp}/{@code MicroTimestamp}) is a wall-clock value:
 *       Debezium encodes it as if it were UTC, so it is decoded at UTC into a {@code LocalDateTime}
 *       and never shifted by any server or JVM zone.
 *   <li>TIMESTAMP ({@code io.debezium.time.ZonedTimestamp}) is an instant: an {@code Instant}.
 *   <li>DATE becomes {@code LocalDate}; TIME becomes {@code LocalTime}; fractional seconds are kept
 *       as the source rounded them.
 *   <li>Zero dates arrive as null (nullable columns) or the epoch (NOT NULL columns), as Debezium
 *       emits them; nothing here throws on them.
 *   <li>DECIMAL becomes {@code BigDecimal}; integers become {@code Long}; JSON becomes a canonical
 *       tree (see {@link CanonicalJson}); binary becomes Base64 text.
 * </ul>
 *
 * <p>Pure: no I/O, no clock, no time zone of the running JVM.
 */
public final class ValueNormaliser {

  private ValueNormaliser() {}

  /** Every field of the struct, normalised, in column order; null struct gives null. */
  public static Map<String, Object> row(Struct struct) {
    if (struct == null) {
      return null;
    }
    Map<String, Object> row = new LinkedHashMap<>();
    for (Field field : struct.schema().fields()) {
      row.put(field.name(), value(field.schema(), struct.get(field)));
    }
    return row;
  }

  /** One value, normalised according to its Connect schema. */
  public static Object value(Schema schema, Object value) {
    if (value == null) {
      return null;
    }
    String name = schema.name();
    if (name != null) {
      switch (name) {
        case "io.debezium.time.Timestamp":
          return LocalDateTime.ofInstant(Instant.ofEpochMilli((Long) value), ZoneOffset.UTC);
        case "io.debezium.time.MicroTimestamp":
          return LocalDateTime.ofInstant(micros((Long) value), ZoneOffset.UTC);
        case "io.debezium.time.NanoTimestamp":
          return LocalDateTime.ofInstant(nanos((Long) value), ZoneOffset.UTC);
        case "io.debezium.time.ZonedTimestamp":
          return InstantText.parse((String) value);
        case "io.debezium.time.Date":
          return LocalDate.ofEpochDay(((Number) value).longValue());
        case "io.debezium.time.Time":
          return LocalTime.ofNanoOfDay(((Number) value).longValue() * 1_000_000L);
        case "io.debezium.time.MicroTime":
          return LocalTime.ofNanoOfDay(
              Math.floorMod(((Number) value).longValue(), 86_400_000_000L) * 1_000L);
        case "io.debezium.time.NanoTime":
          return LocalTime.ofNanoOfDay(((Number) value).longValue());
        case "io.debezium.data.Json":
          return CanonicalJson.parse((String) value);
        case Decimal.LOGICAL_NAME:
          return (BigDecimal) value;
        case "io.debezium.data.VariableScaleDecimal":
          return value instanceof Struct s ? variableScale(s) : value;
        default:
          break;
      }
    }
    return switch (schema.type()) {
      case INT8, INT16, INT32, INT64 -> ((Number) value).longValue();
      case BYTES -> Base64.getEncoder().encodeToString(bytes(value));
      default -> value;
    };
  }

  private static Instant micros(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  private static Instant nanos(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  private static BigDecimal variableScale(Struct struct) {
    byte[] unscaled = bytes(struct.get("value"));
    return new BigDecimal(new java.math.BigInteger(unscaled), struct.getInt32("scale"));
  }

  private static byte[] bytes(Object value) {
    if (value instanceof ByteBuffer buffer) {
      byte[] copy = new byte[buffer.remaining()];
      buffer.duplicate().get(copy);
      return copy;
    }
    return (byte[]) value;
  }
}
