package il.gov.cal.cdc.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantTextTest {

  @Test
  void readsEveryFractionLengthAsInstantParseDoes() {
    for (String text :
        new String[] {
          "2026-03-01T10:00:00Z",
          "2026-03-01T10:00:00.1Z",
          "2026-03-01T10:00:00.123Z",
          "2026-03-01T10:00:00.123456Z",
          "2026-03-01T10:00:00.123456789Z",
          "1969-12-31T23:59:59.999999Z",
          "0000-01-01T00:00:00Z",
          "2024-02-29T23:59:59Z"
        }) {
      assertThat(InstantText.parse(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }

  @Test
  void leavesOtherShapesToInstantParseWhichAcceptsOrRefusesThem() {
    assertThat(InstantText.parse("+10000-01-01T00:00:00Z"))
        .isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
    assertThat(InstantText.parse("2026-03-01T10:00:00+02:00"))
        .isEqualTo(Instant.parse("2026-03-01T10:00:00+02:00"));
    assertThatThrownBy(() -> InstantText.parse("2026-02-30T10:00:00Z"))
        .isInstanceOf(DateTimeException.class);
    assertThat(InstantText.parse("2026-03-01T10:00:00.Z"))
        .isEqualTo(Instant.parse("2026-03-01T10:00:00.Z"));
    assertThatThrownBy(() -> InstantText.parse("2026-13-01T10:00:00Z"))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void writesWhatInstantToStringWrites() {
    Random random = new Random(42);
    for (int i = 0; i < 100_000; i++) {
      long seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L + 1_000_000L);
      int nano =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant instant = Instant.ofEpochSecond(seconds, nano);
      assertThat(InstantText.format(instant)).isEqualTo(instant.toString());
      assertThat(InstantText.parse(instant.toString())).isEqualTo(instant);
    }
    assertThat(InstantText.format(Instant.parse("-0001-01-01T00:00:00Z")))
        .isEqualTo("-0001-01-01T00:00:00Z");
    assertThat(InstantText.format(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
  }
}
