package il.gov.cal.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.security.problem.BadRequest;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

  private final CursorCodec codec = new CursorCodec("test-key");

  @Test
  void aCursorDecodesToThePageAfterItsId() {
    String cursor = codec.encode(5, 1234);

    assertThat(codec.decode(5, cursor, 20)).isEqualTo(new PageRequest(1234, 20));
    assertThat(codec.decode(5, null, 20)).isEqualTo(new PageRequest(0, 20));
  }

  @Test
  void anAlteredCursorIsRefused() {
    String cursor = codec.encode(5, 1234);
    String altered = "1235" + cursor.substring(4);

    assertThatThrownBy(() -> codec.decode(5, altered, 20)).isInstanceOf(BadRequest.class);
    assertThatThrownBy(() -> codec.decode(5, "garbage", 20)).isInstanceOf(BadRequest.class);
    assertThatThrownBy(() -> codec.decode(5, ".", 20)).isInstanceOf(BadRequest.class);
  }

  @Test
  void aCursorIssuedToAnotherOrganisationIsRefused() {
    String cursor = codec.encode(5, 1234);

    assertThatThrownBy(() -> codec.decode(6, cursor, 20)).isInstanceOf(BadRequest.class);
  }
}
