package il.gov.cal.cdc.change;

import java.time.Instant;
import java.time.LocalDate;

/**
 * ISO-8601 text of instants in UTC ({@code 2026-03-01T10:00:00.123456Z}), read and written by hand
 * for the common shape and by {@code java.time} for anything else. Debezium sends every TIMESTAMP
 * value as such a text and every document carries its instants as one; {@link Instant#parse} and
 * {@link Instant#toString} go through a general formatter, which made the instants of a change the
 * largest part of reading it and of building its document. The results are exactly those of {@code
 * Instant.parse} and {@code Instant.toString}.
 */
public final class InstantText {

  private static final int SHORTEST = "2026-03-01T10:00:00Z".length();

  private InstantText() {}

  /** The instant of an ISO-8601 UTC text, as {@link Instant#parse} reads it. */
  public static Instant parse(String text) {
    Instant fast = parseSimple(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** The text of an instant, as {@link Instant#toString} writes it. */
  public static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    long day = Math.floorDiv(seconds, 86_400);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400);
    LocalDate date = LocalDate.ofEpochDay(day);
    if (date.getYear() < 0 || date.getYear() > 9999) {
      return instant.toString();
    }
    StringBuilder out = new StringBuilder(30);
    pad(out, date.getYear(), 4).append('-');
    pad(out, date.getMonthValue(), 2).append('-');
    pad(out, date.getDayOfMonth(), 2).append('T');
    pad(out, secondOfDay / 3600, 2).append(':');
    pad(out, secondOfDay / 60 % 60, 2).append(':');
    pad(out, secondOfDay % 60, 2);
    int nano = instant.getNano();
    if (nano != 0) {
      out.append('.');
      if (nano % 1_000_000 == 0) {
        pad(out, nano / 1_000_000, 3);
      } else if (nano % 1_000 == 0) {
        pad(out, nano / 1_000, 6);
      } else {
        pad(out, nano, 9);
      }
    }
    return out.append('Z').toString();
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with a valid date and time; null for anything else. */
  private static Instant parseSimple(String text) {
    int length = text.length();
    if (length < SHORTEST
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || hour > 23
        || minute > 59
        || second > 59
        || hour < 0
        || minute < 0
        || second < 0) {
      return null;
    }
    int nano = 0;
    int fractionDigits = length - 1 - 20;
    if (length != SHORTEST) {
      if (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
        return null;
      }
      int fraction = digits(text, 20, fractionDigits);
      if (fraction < 0) {
        return null;
      }
      nano = fraction;
      for (int i = fractionDigits; i < 9; i++) {
        nano *= 10;
      }
    }
    if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nano);
  }

  /** The value of {@code count} decimal digits from {@code from}; -1 when one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
