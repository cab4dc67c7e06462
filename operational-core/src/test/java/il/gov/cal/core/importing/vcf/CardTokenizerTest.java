package il.gov.cal.core.importing.vcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CardTokenizerTest {

  private static final String PAN = "4111111111111111";

  @Test
  void sameKeyAndNumberGiveSameToken() {
    CardToken first = new HmacSha256CardTokenizer(TestTokenizers.KEY).tokenize(PAN);
    CardToken second = new HmacSha256CardTokenizer(TestTokenizers.KEY).tokenize(PAN);

    assertThat(first).isEqualTo(second);
    assertThat(first.token()).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(first.last4()).isEqualTo("1111");
  }

  @Test
  void tokenIsTheHmacSha256OfTheDigitsUnderTheKey() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(TestTokenizers.KEY, "HmacSHA256"));
    String expected =
        HexFormat.of().formatHex(mac.doFinal(PAN.getBytes(StandardCharsets.US_ASCII)));

    assertThat(TestTokenizers.fixed().tokenize(PAN).token()).isEqualTo(expected);
  }

  @Test
  void differentKeysGiveDifferentTokens() {
    byte[] otherKey = Arrays.copyOf(TestTokenizers.KEY, 32);
    otherKey[0] ^= 1;

    assertThat(new HmacSha256CardTokenizer(otherKey).tokenize(PAN).token())
        .isNotEqualTo(TestTokenizers.fixed().tokenize(PAN).token());
  }

  @Test
  void differentNumbersGiveDifferentTokens() {
    assertThat(TestTokenizers.fixed().tokenize("4580000000000018").token())
        .isNotEqualTo(TestTokenizers.fixed().tokenize(PAN).token());
  }

  @Test
  void keyShorterThan256BitsIsRefused() {
    assertThatThrownBy(() -> new HmacSha256CardTokenizer(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void callerClearingItsKeyArrayDoesNotChangeTokens() {
    byte[] key = TestTokenizers.KEY.clone();
    HmacSha256CardTokenizer tokenizer = new HmacSha256CardTokenizer(key);
    Arrays.fill(key, (byte) 0);

    assertThat(tokenizer.tokenize(PAN)).isEqualTo(TestTokenizers.fixed().tokenize(PAN));
  }

  @Test
  void invalidNumberIsRefusedWithoutBeingQuoted() {
    assertThatThrownBy(() -> TestTokenizers.fixed().tokenize("4111-1111-1111-1111"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("1111");
    assertThatThrownBy(() -> TestTokenizers.fixed().tokenize("41111111111111111111"))
        .hasMessageNotContaining("1111");
  }

  @Test
  void tokenTextShowsOnlyLastFourDigits() {
    CardToken token = TestTokenizers.fixed().tokenize(PAN);

    assertThat(token.toString()).isEqualTo("card ****1111");
  }
}
