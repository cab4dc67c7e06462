package il.gov.cal.security.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

  /**
   * A bound that a linear pass meets with a wide margin (tens of milliseconds on an idle machine)
   * and that a quadratic one misses by orders of magnitude, even on a busy two-core machine.
   */
  private static final Duration LIMIT = Duration.ofSeconds(2);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "card 4111111111111111 used | card [PAN ****1111] used",
        "card 4111 1111 1111 1111 used | card [PAN ****1111] used",
        "card 4111-1111-1111-1111 used | card [PAN ****1111] used",
        "amex 3782 822463 10005 | amex [PAN ****0005]",
        "ref=txn4111111111111111 | ref=txn[PAN ****1111]",
      })
  void redactKeepsOnlyTheLastFourDigitsOfACardNumberThatPassesLuhn(String in, String out) {
    assertThat(Redactor.redact(in)).isEqualTo(out);
    assertThat(Redactor.detect(in)).containsExactly(SensitiveKind.CARD_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "card 4111111111111112 failed Luhn",
        "amount 1234567890123 agorot",
        "zeros 0000000000000000",
        "long run 41111111111111111111111",
        "phone 054-1234567 and 1 2 3 4 5 6 7 8 9 0 1 2 3",
      })
  void redactLeavesDigitRunsThatAreNotCardNumbers(String text) {
    assertThat(Redactor.redact(text)).isSameAs(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "holder 123456782 found | holder [NATIONAL-ID] found",
        "holder 12345674. | holder [NATIONAL-ID].",
        "holder 1234567-4 | holder [NATIONAL-ID]",
        "(039337423) | ([NATIONAL-ID])",
      })
  void redactRemovesNationalIdsThatPassTheirCheckDigit(String in, String out) {
    assertThat(Redactor.redact(in)).isEqualTo(out);
    assertThat(Redactor.detect(in)).containsExactly(SensitiveKind.NATIONAL_ID);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "holder 123456789 wrong check digit",
        "order ord-123456782",
        "amount 12345674.50",
        "version 1.123456782",
      })
  void redactLeavesNumbersThatAreNotStandaloneValidNationalIds(String text) {
    assertThat(Redactor.redact(text)).isSameAs(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pin=1234 ok | pin=[REDACTED] ok",
        "user otp: 998877 | user otp: [REDACTED]",
        "PASSWORD=hunter2; next | PASSWORD=[REDACTED]; next",
        "client_secret=abc&x=1 | client_secret=[REDACTED]&x=1",
        "?access_token=abc.def&page=2 | ?access_token=[REDACTED]&page=2",
        "national_id=039337423 | national_id=[REDACTED]",
        "nationalId='12345674' | nationalId='[REDACTED]'",
        "cvv=123 pan=4111111111111111 | cvv=[REDACTED] pan=[REDACTED]",
        "Authorization: Basic dXNlcjpwYXNz | Authorization: [REDACTED]",
        "pinCode=1234 newPin=5678 | pinCode=[REDACTED] newPin=[REDACTED]",
        "a=pin=1234 | a=pin=[REDACTED]",
      })
  void redactReplacesTheValueOfSecretKeyValueFields(String in, String out) {
    assertThat(Redactor.redact(in)).isEqualTo(out);
  }

  @Test
  void redactReplacesSecretJsonFieldsAndKeepsTheJsonValid() {
    String json = "{\"pin\":\"1234\",\"otp\" : 998877,\"name\":\"Dana\",\"token\":\"a\\\"b\"}";

    assertThat(Redactor.redact(json))
        .isEqualTo(
            "{\"pin\":\"[REDACTED]\",\"otp\" : [REDACTED],\"name\":\"Dana\","
                + "\"token\":\"[REDACTED]\"}");
  }

  @Test
  void redactReplacesSecretFieldsInJsonEscapedInsideAJsonLogLine() {
    String line = "{\"message\":\"body {\\\"pin\\\":\\\"1234\\\"}\"}";

    assertThat(Redactor.redact(line))
        .isEqualTo("{\"message\":\"body {\\\"pin\\\":\\\"[REDACTED]\\\"}\"}");
  }

  @Test
  void redactRemovesBearerCredentialsAndJwts() {
    String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkYW5hIn0.c2lnbmF0dXJlLWJ5dGVzLWhlcmU";

    assertThat(Redactor.redact("sent Bearer abcdefghijklmnop0123 to x"))
        .isEqualTo("sent Bearer [REDACTED] to x");
    assertThat(Redactor.redact("cookie " + jwt + " end")).isEqualTo("cookie [JWT] end");
    assertThat(Redactor.detect("cookie " + jwt)).containsExactly(SensitiveKind.JWT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "il.gov.cal.core.CardService started in 1.234 s",
        "GET /core/cards/17 200 orgId=3",
        "missing bearer token",
        "tokenizer ready",
      })
  void redactLeavesOrdinaryLogTextAlone(String text) {
    assertThat(Redactor.redact(text)).isSameAs(text);
  }

  @Test
  void redactLeavesAUuidWhoseMiddleGroupsFormALuhnValidGroupedNumber() {
    String uuid = "98e64e51-9203-4396-9077-41044c657def";

    assertThat(Redactor.redact("order " + uuid)).isEqualTo("order " + uuid);
  }

  @Test
  void redactNeverChangesARandomUuid() {
    for (int i = 0; i < 50_000; i++) {
      String uuid = UUID.randomUUID().toString();
      assertThat(Redactor.isClean(uuid)).as(uuid).isTrue();
    }
  }

  @Test
  void redactIsIdempotent() {
    String text =
        "pin=1234 card 4111 1111 1111 1111 id 123456782 {\"otp\":\"1\"} Bearer"
            + " abcdefghijklmnop0123";
    String once = Redactor.redact(text);

    assertThat(Redactor.redact(once)).isEqualTo(once);
    assertThat(Redactor.detect(once)).isEmpty();
  }

  @Test
  void redactReturnsNullAndEmptyAsGiven() {
    assertThat(Redactor.redact(null)).isNull();
    assertThat(Redactor.redact("")).isEmpty();
    assertThat(Redactor.isClean(null)).isTrue();
  }

  @Test
  void redactHandlesAOneMegabyteLineOfMixedTextWithinTheTimeLimit() {
    StringBuilder line = new StringBuilder();
    while (line.length() < 1_000_000) {
      line.append("user=dana action=view card 4111111111111111 pin=1234 note ")
          .append("{\"amount\":1200,\"ref\":\"abc-123\"} 123456782 ");
    }
    String text = line.toString();
    Redactor.redact(text);

    long started = System.nanoTime();
    String redacted = Redactor.redact(text);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(redacted).doesNotContain("4111111111111111", "pin=1234", "123456782");
    assertThat(took).isLessThan(LIMIT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "a", "a=", "\"", "eyJ", "1-", "pin=\"", "x:"})
  void redactStaysLinearOnAOneMegabyteLineOfARepeatedFragment(String fragment) {
    String text = fragment.repeat(1_000_000 / fragment.length());
    Redactor.redact(text.substring(0, 100_000));

    long started = System.nanoTime();
    Redactor.redact(text);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(took).isLessThan(LIMIT);
  }
}
