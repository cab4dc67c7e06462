package il.gov.cal.cdc.projection;

import il.gov.cal.cdc.change.InstantText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Value formatting shared by the mappers: how each normalised value is written in a document. */
final class Documents {

  private Documents() {}

  /** A document value: dates and times as ISO-8601 text, decimals as plain text. */
  static Object value(Object value) {
    if (value instanceof Instant instant) {
      return InstantText.format(instant);
    }
    if (value instanceof LocalDateTime
        || value instanceof LocalDate
        || value instanceof LocalTime) {
      return value.toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value;
  }

  /** Copies the named columns of the row into the document, formatted. */
  static void copy(Map<String, Object> row, Map<String, Object> document, String... columns) {
    for (String column : columns) {
      document.put(column, value(row.get(column)));
    }
  }

  /**
   * The exact decimal text of an amount in minor units: 12345 ILS is "123.45", 500 JPY is "500",
   * 1234 BHD is "1.234". Null when the currency code is not an ISO 4217 code.
   */
  static String decimal(Long minor, String currency) {
    if (minor == null || currency == null) {
      return null;
    }
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return BigDecimal.valueOf(minor, Math.max(digits, 0)).toPlainString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The ids of a materialised path: "/1/4/9/" is [1, 4, 9]. */
  static List<Long> pathIds(String path) {
    List<Long> ids = new ArrayList<>();
    if (path == null) {
      return ids;
    }
    for (String part : path.split("/")) {
      if (!part.isEmpty()) {
        ids.add(Long.parseLong(part));
      }
    }
    return ids;
  }

  /** The unit fields of a document: id, name, path, path ids and path names (root first). */
  static void unitFields(
      String prefix, Long unitId, References refs, Map<String, Object> document) {
    document.put(prefix + "_id", unitId);
    if (unitId == null) {
      return;
    }
    refs.unit(unitId)
        .ifPresent(
            unit -> {
              String path = (String) unit.get("path");
              List<Long> ids = pathIds(path);
              List<String> names = new ArrayList<>();
              for (Long id : ids) {
                names.add(
                    id.equals(unitId)
                        ? (String) unit.get("name")
                        : refs.unit(id).map(u -> (String) u.get("name")).orElse(null));
              }
              document.put(prefix + "_name", unit.get("name"));
              document.put(prefix + "_path", path);
              document.put(prefix + "_path_ids", ids);
              document.put(prefix + "_path_names", names);
            });
  }

  /** Instants truncated to milliseconds, as OpenSearch dates hold. */
  static Instant millis(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
