package il.gov.cal.core.importing.api;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shared sample file made unique for one test: its own company id, card number and transaction
 * references, so that tests sharing the database never see each other's rows. Amounts, lines and
 * totals stay those of the sample.
 */
final class SampleVariant {

  static final String SAMPLE_COMPANY = "1000000001";
  static final String SAMPLE_PAN = "4111111111111111";
  static final String SAMPLE_REF_PREFIX = "REF0000000000000000";

  final String companyId;
  final String pan;
  final String refPrefix;
  private String text;

  private SampleVariant(String text) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    this.companyId = Long.toString(random.nextLong(7_000_000_000L, 8_000_000_000L));
    this.pan = luhn("4000" + digits(11));
    this.refPrefix = "T" + digits(18);
    this.text =
        text.replace(SAMPLE_COMPANY, companyId)
            .replace(SAMPLE_PAN, pan)
            .replace(SAMPLE_REF_PREFIX, refPrefix);
  }

  static SampleVariant fresh() throws Exception {
    try (InputStream in =
        SampleVariant.class.getResourceAsStream("/cardfiles/vcf40_synthetic.tsv")) {
      return new SampleVariant(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Replaces {@code field} (0-based) of line {@code line} (1-based) with {@code value}. */
  SampleVariant withField(int line, int field, String value) {
    String[] lines = text.split("\n", -1);
    String[] fields = lines[line - 1].split("\t", -1);
    fields[field] = value;
    lines[line - 1] = String.join("\t", fields);
    text = String.join("\n", lines);
    return this;
  }

  /** Puts {@code otherPan} wherever this variant's card number stands. */
  SampleVariant withPan(String otherPan) {
    text = text.replace(pan, otherPan);
    return this;
  }

  /** Keeps only the first {@code count} lines. */
  SampleVariant truncatedAfter(int count) {
    String[] lines = text.split("\n", -1);
    text = String.join("\n", java.util.Arrays.copyOf(lines, count)) + "\n";
    return this;
  }

  String ref(int n) {
    return refPrefix + "00" + n;
  }

  byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String digits(int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }

  private static String luhn(String payload) {
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int digit = payload.charAt(payload.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return payload + (10 - sum % 10) % 10;
  }
}
