package il.gov.cal.odsaccess.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch._types.FieldValue;

class CursorCodecTest {

  private static final byte[] KEY =
      "a-test-key-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2025-02-01T10:00:00Z");

  private final CursorCodec codec = new CursorCodec(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void sortValuesRoundTripWithTheirKindAndFullPrecision() {
    Cursor cursor =
        new Cursor(
            "fp",
            NOW.plusSeconds(60),
            "pit==id",
            List.of(
                FieldValue.of(Long.MAX_VALUE),
                FieldValue.of(Long.MIN_VALUE),
                FieldValue.of(9007199254740993L),
                FieldValue.of(1738404000000L),
                FieldValue.of("T2\nwith.dots"),
                FieldValue.of(0.1),
                FieldValue.TRUE,
                FieldValue.NULL));

    Cursor back = codec.decode(codec.encode(cursor), "fp");

    assertThat(back.pitId()).isEqualTo("pit==id");
    assertThat(back.after()).hasSize(8);
    assertThat(back.after().get(0).isLong()).isTrue();
    assertThat(back.after().get(0).longValue()).isEqualTo(Long.MAX_VALUE);
    assertThat(back.after().get(1).longValue()).isEqualTo(Long.MIN_VALUE);
    assertThat(back.after().get(2).longValue()).isEqualTo(9007199254740993L);
    assertThat(back.after().get(3).longValue()).isEqualTo(1738404000000L);
    assertThat(back.after().get(4).stringValue()).isEqualTo("T2\nwith.dots");
    assertThat(back.after().get(5).doubleValue()).isEqualTo(0.1);
    assertThat(back.after().get(6).booleanValue()).isTrue();
    assertThat(back.after().get(7).isNull()).isTrue();
  }

  @Test
  void aCursorWithoutPointInTimeRoundTrips() {
    Cursor cursor = new Cursor("fp", NOW.plusSeconds(60), null, List.of(FieldValue.of(1L)));

    assertThat(codec.decode(codec.encode(cursor), "fp").pitId()).isNull();
  }

  @Test
  void anAlteredCursorIsRefused() {
    String token = codec.encode(new Cursor("fp", NOW.plusSeconds(60), null, List.of()));
    char last = token.charAt(3);
    String altered = token.substring(0, 3) + (last == 'A' ? 'B' : 'A') + token.substring(4);

    assertThatThrownBy(() -> codec.decode(altered, "fp"))
        .isInstanceOf(InvalidCursorException.class)
        .hasMessageContaining("altered");
  }

  @Test
  void aCursorSignedWithAnotherKeyIsRefused() {
    CursorCodec other =
        new CursorCodec(
            "another-key-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8),
            Clock.fixed(NOW, ZoneOffset.UTC));
    String token = other.encode(new Cursor("fp", NOW.plusSeconds(60), null, List.of()));

    assertThatThrownBy(() -> codec.decode(token, "fp")).hasMessageContaining("altered");
  }

  @Test
  void aCursorOfAnotherQueryIsRefused() {
    String token = codec.encode(new Cursor("fp", NOW.plusSeconds(60), null, List.of()));

    assertThatThrownBy(() -> codec.decode(token, "other")).hasMessageContaining("different query");
  }

  @Test
  void anExpiredCursorIsRefused() {
    String token = codec.encode(new Cursor("fp", NOW, null, List.of()));

    assertThatThrownBy(() -> codec.decode(token, "fp")).hasMessageContaining("expired");
  }

  @Test
  void garbageIsRefusedAsMalformed() {
    assertThatThrownBy(() -> codec.decode("not a cursor", "fp")).hasMessageContaining("malformed");
    assertThatThrownBy(() -> codec.decode("a.b.c", "fp")).hasMessageContaining("malformed");
  }

  @Test
  void fingerprintsDifferPerQuery() {
    assertThat(CursorCodec.fingerprint("org=1"))
        .isNotEqualTo(CursorCodec.fingerprint("org=2"))
        .isEqualTo(CursorCodec.fingerprint("org=1"));
  }
}
