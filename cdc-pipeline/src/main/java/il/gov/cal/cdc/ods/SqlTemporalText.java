package il.gov.cal.cdc.ods;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Dates and wall-clock times as the SQL literal text the MySQL driver would write for them ({@code
 * 2026-03-01}, {@code 2026-03-01 10:00:00.123456}), built by hand. The driver formats every
 * temporal parameter of a batched statement twice with {@code DateTimeFormatter}, once to size the
 * multi-row statement and once to write it, which was the largest single cost of an ODS batch;
 * bound as text, the value is formatted once and cheaply. Fractional seconds are written to the
 * microsecond, the finest the ODS columns keep; the server truncates (or rounds) to the column's
 * precision exactly as it does for the driver's own text.
 */
final class SqlTemporalText {

  private SqlTemporalText() {}

  /** Whether the value's year has the four digits this formatter writes. */
  static boolean fits(LocalDate date) {
    return date.getYear() >= 1 && date.getYear() <= 9999;
  }

  static String date(LocalDate date) {
    StringBuilder out = new StringBuilder(10);
    appendDate(out, date);
    return out.toString();
  }

  static String dateTime(LocalDateTime value) {
    StringBuilder out = new StringBuilder(26);
    appendDate(out, value.toLocalDate());
    out.append(' ');
    pad(out, value.getHour(), 2).append(':');
    pad(out, value.getMinute(), 2).append(':');
    pad(out, value.getSecond(), 2);
    int micros = value.getNano() / 1_000;
    if (micros != 0) {
      pad(out.append('.'), micros, 6);
    }
    return out.toString();
  }

  private static void appendDate(StringBuilder out, LocalDate date) {
    pad(out, date.getYear(), 4).append('-');
    pad(out, date.getMonthValue(), 2).append('-');
    pad(out, date.getDayOfMonth(), 2);
  }

  /** Appends a non-negative value as exactly {@code digits} decimal digits (it has no more). */
  private static StringBuilder pad(StringBuilder out, int value, int digits) {
    int divisor = 1;
    for (int i = 1; i < digits; i++) {
      divisor *= 10;
    }
    for (int rest = value; divisor > 0; divisor /= 10) {
      out.append((char) ('0' + rest / divisor));
      rest %= divisor;
    }
    return out;
  }
}
