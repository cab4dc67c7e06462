package il.gov.cal.core.importing.vcf;

/**
 * Decides how much of a field value an error message may show. Values from sensitive fields are
 * never shown. Any other value is shown only if it holds no run of nine or more digits (an Israeli
 * national id has nine, a card number twelve to nineteen; spaces and dashes between digits do not
 * break a run): a line with a missing tab shifts a card number into a neighbouring field, and the
 * message must not carry it out.
 */
final class Redaction {

  private static final int LONGEST_DIGIT_RUN_SHOWN = 8;
  private static final int LONGEST_VALUE_SHOWN = 40;
  private static final int COMPANY_ID_WIDTH = 10;

  private Redaction() {}

  /** The value in quotes, or a description of it when it must not be shown. */
  static String quote(String value) {
    if (value == null || value.isEmpty()) {
      return "(empty)";
    }
    if (longestDigitRun(value) > LONGEST_DIGIT_RUN_SHOWN) {
      return "(a value of " + value.length() + " characters, withheld: it may be a card number)";
    }
    if (value.length() > LONGEST_VALUE_SHOWN) {
      return "'" + value.substring(0, LONGEST_VALUE_SHOWN) + "...'";
    }
    return "'" + value + "'";
  }

  /**
   * A company id from a control record, shown when it has the shape of one (at most ten letters or
   * digits, the width of the VCF company id): control records hold no card or personal data, and
   * the operator needs the id to find the file.
   */
  static String quoteCompanyId(String value) {
    if (!value.isEmpty()
        && value.length() <= COMPANY_ID_WIDTH
        && value.chars().allMatch(Character::isLetterOrDigit)) {
      return "'" + value + "'";
    }
    return quote(value);
  }

  /** {@link #quote}, or a fixed text for sensitive fields. */
  static String quote(VcfField field, String value) {
    return field.isSensitive() ? "(withheld)" : quote(value);
  }

  private static int longestDigitRun(String value) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        run++;
        longest = Math.max(longest, run);
      } else if (c != ' ' && c != '-') {
        run = 0;
      }
    }
    return longest;
  }
}
