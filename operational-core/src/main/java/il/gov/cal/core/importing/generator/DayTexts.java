package il.gov.cal.core.importing.generator;

import java.time.LocalDate;

/**
 * The date texts of one year and the few days after it, computed once: a million transactions need
 * two dates each, but only a few hundred distinct ones.
 */
final class DayTexts {

  /** Posting can lag the purchase by up to this many days, into the next year. */
  private static final int DAYS_AFTER_YEAR = 7;

  private final int daysInYear;
  private final String[] mmddccyy;
  private final String[] period;

  DayTexts(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    daysInYear = first.lengthOfYear();
    mmddccyy = new String[daysInYear + DAYS_AFTER_YEAR];
    period = new String[daysInYear + DAYS_AFTER_YEAR];
    for (int day = 0; day < mmddccyy.length; day++) {
      LocalDate date = first.plusDays(day);
      mmddccyy[day] = VcfLineWriter.mmddccyy(date);
      period[day] =
          VcfLineWriter.zeroPadded((date.getYear() % 100) * 1000L + date.getDayOfYear(), 5);
    }
  }

  int daysInYear() {
    return daysInYear;
  }

  /** Day {@code day} (0 is 1 January) as MMDDCCYY. */
  String date(int day) {
    return mmddccyy[day];
  }

  /** Day {@code day} as the issuer's period, YYDDD: two-digit year and day of the year. */
  String period(int day) {
    return period[day];
  }
}
