package il.gov.cal.cardview;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.cardview.link.LinkTokenMinter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Deep-link tokens exchanged for sessions: the cookie, refused tokens, the rate limit, the end. */
class CardViewSessionIT extends CardViewServerTestBase {

  @Test
  void aLinkTokenOpensASessionCarriedInAStrictHttpOnlySecureCookie() throws Exception {
    String token = minter.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2));

    HttpResponse<String> response = exchange(token);

    assertThat(response.statusCode()).isEqualTo(200);
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("CAL_CARD_VIEW=")
        .contains("HttpOnly")
        .contains("Secure")
        .contains("SameSite=Strict")
        .contains("Max-Age=900");
    assertThat(response.body()).doesNotContain(cookieValue(cookie));
  }

  @Test
  void aReusedLinkTokenIsRefusedAndRecorded() throws Exception {
    String token = minter.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2));
    assertThat(exchange(token).statusCode()).isEqualTo(200);

    HttpResponse<String> again = exchange(token);

    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(securityEvents("link-token-rejected", "reused")).isPositive();
    assertThat(serverLog()).doesNotContain(token).doesNotContain(token.split("\\.")[1]);
  }

  @Test
  void anExpiredLinkTokenIsRefused() throws Exception {
    LinkTokenMinter past =
        new LinkTokenMinter(
            LINK_KEY.getBytes(StandardCharsets.UTF_8),
            Clock.fixed(Instant.now().minusSeconds(180), ZoneOffset.UTC));

    HttpResponse<String> response = exchange(past.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2)));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(securityEvents("link-token-rejected", "expired")).isPositive();
  }

  @Test
  void anAlteredOrForeignlySignedLinkTokenIsRefused() throws Exception {
    String token = minter.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2));
    String[] parts = token.split("\\.");
    String otherCard =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(
                        java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("|" + CARD + "|", "|" + OTHER_CARD + "|")
                    .getBytes(StandardCharsets.UTF_8));
    LinkTokenMinter stranger =
        new LinkTokenMinter(
            "a-key-that-is-not-the-shared-one-at-all".getBytes(StandardCharsets.UTF_8),
            Clock.systemUTC());

    assertThat(exchange(parts[0] + "." + otherCard + "." + parts[2]).statusCode()).isEqualTo(401);
    assertThat(exchange(stranger.mint(ORG, HOLDER, CARD, Duration.ofMinutes(1))).statusCode())
        .isEqualTo(401);
    assertThat(securityEvents("link-token-rejected", "invalid-signature"))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aLinkTokenForAnotherCardholdersCardIsRefused() throws Exception {
    HttpResponse<String> response =
        exchange(minter.mint(ORG, HOLDER, OTHER_CARD, Duration.ofMinutes(2)));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(securityEvents("link-token-rejected", "foreign-card")).isPositive();
  }

  @Test
  void withoutASessionNothingIsShown() throws Exception {
    assertThat(get("/card-view/card", null).statusCode()).isEqualTo(401);
    assertThat(
            get("/card-view/transactions", "made-up-session-id-of-the-right-length-4567")
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void sessionExchangesBeyondTheLimitAreRefusedWithRetryAfter() throws Exception {
    for (int i = 0; i < SESSION_LIMIT; i++) {
      assertThat(exchange("cv1.bm90LWEtdG9rZW4.c2ln").statusCode()).isIn(400, 401);
    }

    HttpResponse<String> refused = exchange(minter.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2)));

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 60L));
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains("rate-limited");
    assertThat(
            new CardViewServerIT()
                .exchange(minter.mint(ORG, HOLDER, CARD, Duration.ofMinutes(2)))
                .statusCode())
        .as("another client is still served")
        .isEqualTo(200);
  }

  @Test
  void endingTheSessionClosesIt() throws Exception {
    String session = session(CARD, HOLDER);

    assertThat(send("DELETE", "/card-view/session", null, session).statusCode()).isEqualTo(204);
    assertThat(get("/card-view/card", session).statusCode()).isEqualTo(401);
  }
}
