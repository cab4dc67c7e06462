package il.gov.cal.cardview.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LinkTokenFormatTest {

  private static final byte[] KEY =
      "a-link-key-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

  private final LinkTokenMinter minter = new LinkTokenMinter(KEY, Clock.fixed(NOW, ZoneOffset.UTC));
  private final LinkTokenFormat format = new LinkTokenFormat(KEY);

  @Test
  void aMintedTokenReadsBackBoundToItsCardholderAndCard() {
    LinkToken token = format.read(minter.mint(1, 1001, 17, Duration.ofMinutes(2))).orElseThrow();

    assertThat(token.orgId()).isEqualTo(1);
    assertThat(token.cardholderId()).isEqualTo(1001);
    assertThat(token.cardId()).isEqualTo(17);
    assertThat(token.issuedAt()).isEqualTo(NOW);
    assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(120));
    assertThat(token.tokenId()).hasSize(22);
  }

  @Test
  void everyTokenHasItsOwnId() {
    String a = minter.mint(1, 1001, 17, Duration.ofMinutes(1));
    String b = minter.mint(1, 1001, 17, Duration.ofMinutes(1));

    assertThat(format.read(a).orElseThrow().tokenId())
        .isNotEqualTo(format.read(b).orElseThrow().tokenId());
  }

  @Test
  void anAlteredPayloadOrSignatureIsNotRead() {
    String token = minter.mint(1, 1001, 17, Duration.ofMinutes(2));
    String[] parts = token.split("\\.");

    assertThat(format.read(parts[0] + "." + parts[1] + "x." + parts[2])).isEmpty();
    assertThat(format.read(parts[0] + "." + parts[1] + "." + parts[2].substring(1))).isEmpty();
    assertThat(format.read("cv2." + parts[1] + "." + parts[2])).isEmpty();
    assertThat(format.read("garbage")).isEmpty();
    assertThat(format.read(null)).isEmpty();
  }

  @Test
  void aTokenSignedWithAnotherKeyIsNotRead() {
    LinkTokenFormat other =
        new LinkTokenFormat(
            "another-key-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8));

    assertThat(other.read(minter.mint(1, 1001, 17, Duration.ofMinutes(2)))).isEmpty();
  }

  @Test
  void theMinterRefusesLifetimesOverTwoMinutes() {
    assertThatThrownBy(() -> minter.mint(1, 1001, 17, Duration.ofSeconds(121)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTokenNeverShowsInItsToString() {
    LinkToken token = format.read(minter.mint(1, 1001, 17, Duration.ofMinutes(2))).orElseThrow();

    assertThat(token.toString()).doesNotContain(token.tokenId());
  }
}
