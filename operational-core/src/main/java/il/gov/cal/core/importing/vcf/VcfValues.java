package il.gov.cal.core.importing.vcf;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads the value shapes VCF uses: unsigned digit strings and MMDDCCYY dates. */
final class VcfValues {

  /** Eighteen digits always fit in a {@code long}. */
  private static final int MAX_DIGITS = 18;

  /** Card programmes postdate this; an earlier year is a corrupt field, not history. */
  private static final int EARLIEST_YEAR = 1950;

  private VcfValues() {}

  /** The value of an unsigned digit string, or -1 if it is empty, not all digits, or too long. */
  static long unsignedDigits(String text) {
    int length = text.length();
    if (length == 0 || length > MAX_DIGITS) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The date written as MMDDCCYY, or {@code null} if the text is not a real date in that form. */
  static LocalDate date(String text) {
    if (text.length() != 8 || unsignedDigits(text) < 0) {
      return null;
    }
    int month = Integer.parseInt(text, 0, 2, 10);
    int day = Integer.parseInt(text, 2, 4, 10);
    int year = Integer.parseInt(text, 4, 8, 10);
    if (year < EARLIEST_YEAR) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Whether a date field says "no date": empty, {@code 0} or all zeros. */
  static boolean isNoDate(String text) {
    return text.isEmpty() || unsignedDigits(text) == 0;
  }
}
