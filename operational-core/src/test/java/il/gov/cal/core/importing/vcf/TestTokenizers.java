package il.gov.cal.core.importing.vcf;

import java.nio.charset.StandardCharsets;

/** A tokenizer with a fixed key, for tests only. */
final class TestTokenizers {

  static final byte[] KEY = "test-only key, 32 bytes long!!!!".getBytes(StandardCharsets.US_ASCII);

  private TestTokenizers() {}

  static CardTokenizer fixed() {
    return new HmacSha256CardTokenizer(KEY);
  }
}
