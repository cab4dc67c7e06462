package il.gov.cal.cdc.ods;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SqlTemporalTextTest {

  private static final DateTimeFormatter WHOLE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  @Test
  void wallClockTimesAreWrittenToTheMicrosecond() {
    assertThat(SqlTemporalText.dateTime(LocalDateTime.of(2026, 3, 1, 10, 0, 0, 123_456_789)))
        .isEqualTo("2026-03-01 10:00:00.123456");
    assertThat(SqlTemporalText.dateTime(LocalDateTime.of(2026, 3, 1, 10, 0, 0, 1_000)))
        .isEqualTo("2026-03-01 10:00:00.000001");
    assertThat(SqlTemporalText.dateTime(LocalDateTime.of(1970, 1, 1, 0, 0)))
        .isEqualTo("1970-01-01 00:00:00");
    assertThat(SqlTemporalText.dateTime(LocalDateTime.of(1, 1, 1, 0, 0, 0, 999)))
        .isEqualTo("0001-01-01 00:00:00");
    assertThat(SqlTemporalText.dateTime(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)))
        .isEqualTo("9999-12-31 23:59:59.999999");
  }

  @Test
  void randomValuesMatchTheStandardFormatter() {
    Random random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      LocalDateTime value =
          LocalDateTime.of(
              1 + random.nextInt(9999),
              1 + random.nextInt(12),
              1 + random.nextInt(28),
              random.nextInt(24),
              random.nextInt(60),
              random.nextInt(60),
              random.nextBoolean() ? 0 : random.nextInt(1_000_000) * 1_000);
      String expected = value.getNano() == 0 ? WHOLE.format(value) : MICROS.format(value);
      assertThat(SqlTemporalText.dateTime(value)).isEqualTo(expected);
      assertThat(SqlTemporalText.date(value.toLocalDate()))
          .isEqualTo(value.toLocalDate().toString());
    }
  }

  @Test
  void yearsOutsideFourDigitsAreLeftToTheDriver() {
    assertThat(SqlTemporalText.fits(LocalDate.of(0, 1, 1))).isFalse();
    assertThat(SqlTemporalText.fits(LocalDate.of(10_000, 1, 1))).isFalse();
    assertThat(SqlTemporalText.fits(LocalDate.of(1, 1, 1))).isTrue();
  }
}
