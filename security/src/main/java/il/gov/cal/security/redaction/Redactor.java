package il.gov.cal.security.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks sensitive values in free text: the single redaction step behind every log line and every
 * error response of the platform.
 *
 * <p>Rules run in a fixed order, each on the output of the previous one: secret fields, bearer
 * tokens, JWTs, card numbers, national ids. A value already masked is never reported again, so
 * {@code redact(redact(s)).equals(redact(s))} always holds. All patterns are compiled once and are
 * free of ambiguous nested quantifiers, so the cost stays linear in the input length even on
 * megabyte-long lines.
 *
 * <p>What is recognised and what is not is set out in the package documentation.
 */
public final class Redactor {

  /** The text that replaces the value of a secret field or a bearer credential. */
  public static final String REDACTED = "[REDACTED]";

  /** The text that replaces a national id. */
  public static final String NATIONAL_ID_MASK = "[NATIONAL-ID]";

  /** The text that replaces a JWT. */
  public static final String JWT_MASK = "[JWT]";

  /**
   * A field name and its separator; the value is matched separately, see {@link #maskSecretFields}.
   */
  private static final Pattern SECRET_FIELD_NAME =
      Pattern.compile(
          "(?<![A-Za-z0-9_])(\\\\?[\"']|)([A-Za-z][A-Za-z0-9_.-]{0,63}+)\\1[ \\t]*+[:=][ \\t]*+");

  /** The value after a secret field's separator: already masked, quoted, or a bare token. */
  private static final Pattern SECRET_FIELD_VALUE =
      Pattern.compile(
          "\\[REDACTED]"
              + "|\"(?:[^\"\\\\\\n]++|\\\\.)*+\""
              + "|\\\\\"[^\"\\\\\\n]*+\\\\\""
              + "|'(?:[^'\\\\\\n]++|\\\\.)*+'"
              + "|(?:(?i:bearer|basic|digest|negotiate|token)[ \\t]++)?"
              + "[^\\s,;&\"'<>{}\\[\\]()\\\\]++");

  private static final Pattern BEARER =
      Pattern.compile("(?<![A-Za-z0-9_])((?i:bearer))[ \\t]++[A-Za-z0-9._~+/-]{16,}+=*+");

  private static final Pattern JWT =
      Pattern.compile("(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]++\\.[A-Za-z0-9_-]++\\.[A-Za-z0-9_-]*+");

  private static final Pattern CARD =
      Pattern.compile("(?<!\\d)(?:\\d{13,19}|\\d{4}(?:[ -]\\d{3,6}){2,4})(?!\\d)");

  private static final int UUID_LENGTH = 36;
  private static final Pattern UUID =
      Pattern.compile(
          "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

  private static final Pattern NATIONAL_ID =
      Pattern.compile("(?<![\\w-]|\\d\\.)(?:(\\d{8,9})|(\\d{5,8})-(\\d))(?![\\w-]|\\.\\d)");

  /** Name fragments that make a field secret wherever they appear in its name. */
  private static final List<String> SECRET_NAME_PARTS =
      List.of(
          "password",
          "passwd",
          "secret",
          "token",
          "authorization",
          "nationalid",
          "apikey",
          "privatekey",
          "credential");

  /** Names that make a field secret when its name ends with them (optionally plus a suffix). */
  private static final List<String> SECRET_NAME_ENDINGS =
      List.of("pin", "otp", "pan", "cvv", "cvv2", "cvc", "pwd");

  private static final List<String> NAME_SUFFIXES = List.of("code", "number", "value");

  /**
   * The rules in order. Each pattern rule has a cheap linear pre-check (a character, a word, a run
   * of digits that any match must contain), so that a line with nothing of the kind is passed over
   * without running the pattern.
   */
  private static final List<Rule> RULES =
      List.of(
          (text, sink) -> hasAny(text, '=', ':') ? maskSecretFields(text, sink) : text,
          new PatternRule(
              SensitiveKind.BEARER_TOKEN,
              text -> containsIgnoreCase(text, "bearer"),
              BEARER,
              (text, m) -> m.group(1) + " " + REDACTED),
          new PatternRule(
              SensitiveKind.JWT, text -> text.contains("eyJ"), JWT, (text, m) -> JWT_MASK),
          new PatternRule(
              SensitiveKind.CARD_NUMBER,
              text -> hasDigitRun(text, 4),
              CARD,
              Redactor::maskCardNumber),
          new PatternRule(
              SensitiveKind.NATIONAL_ID,
              text -> hasDigitRun(text, 5),
              NATIONAL_ID,
              Redactor::maskNationalId));

  private Redactor() {}

  /**
   * The text with every recognised sensitive value masked.
   *
   * @param text any text; {@code null} is returned as is
   * @return the redacted text, the same instance when nothing was found
   */
  public static String redact(String text) {
    return run(text, kind -> {});
  }

  /**
   * Whether {@link #redact(String)} would leave the text unchanged.
   *
   * @param text any text; {@code null} counts as clean
   * @return {@code true} when the text holds no recognised sensitive value
   */
  public static boolean isClean(String text) {
    return detect(text).isEmpty();
  }

  /**
   * The kinds of sensitive value found in the text, one entry per occurrence, in rule order.
   *
   * @param text any text; {@code null} holds nothing
   * @return the findings, empty when the text is clean
   */
  public static List<SensitiveKind> detect(String text) {
    List<SensitiveKind> found = new ArrayList<>();
    run(text, found::add);
    return found;
  }

  private static String run(String text, Consumer<SensitiveKind> sink) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String current = text;
    for (Rule rule : RULES) {
      current = rule.apply(current, sink);
    }
    return current;
  }

  /**
   * Masks the values of secret fields. Names are found first, and a value is matched, anchored,
   * only after a secret name; the scan then resumes after that value, or right after the separator
   * of a name that is not secret, so a secret nested in another field's value ({@code a=pin=1}) is
   * found and no character is examined more than a bounded number of times.
   */
  private static String maskSecretFields(String text, Consumer<SensitiveKind> sink) {
    Matcher name = SECRET_FIELD_NAME.matcher(text);
    Matcher value = SECRET_FIELD_VALUE.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (from < text.length() && name.find(from)) {
      from = name.end();
      if (!isSecretName(name.group(2))) {
        continue;
      }
      value.region(name.end(), text.length());
      if (!value.lookingAt()) {
        continue;
      }
      from = value.end();
      String original = value.group();
      String masked;
      if (original.startsWith("\\\"")) {
        masked = "\\\"" + REDACTED + "\\\"";
      } else if (original.startsWith("\"") || original.startsWith("'")) {
        masked = original.charAt(0) + REDACTED + original.charAt(0);
      } else {
        masked = REDACTED;
      }
      if (masked.equals(original)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, value.start()).append(masked);
      copied = value.end();
      sink.accept(SensitiveKind.SECRET_FIELD);
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  static boolean isSecretName(String name) {
    if (name.length() < 3) {
      return false;
    }
    String normalized = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    int dot = normalized.lastIndexOf('.');
    String last = dot >= 0 ? normalized.substring(dot + 1) : normalized;
    for (String part : SECRET_NAME_PARTS) {
      if (last.contains(part)) {
        return true;
      }
    }
    String stem = last;
    for (String suffix : NAME_SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length() > suffix.length()) {
        stem = stem.substring(0, stem.length() - suffix.length());
        break;
      }
    }
    for (String ending : SECRET_NAME_ENDINGS) {
      if (last.endsWith(ending) || stem.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static String maskCardNumber(String text, Matcher m) {
    if (isInsideUuid(text, m.start(), m.end())) {
      return null;
    }
    String digits = m.group().replace(" ", "").replace("-", "");
    if (digits.length() < 13 || digits.length() > 19 || isAllZeros(digits)) {
      return null;
    }
    if (!Luhn.isValid(digits)) {
      return null;
    }
    return "[PAN ****" + digits.substring(digits.length() - 4) + "]";
  }

  private static String maskNationalId(String text, Matcher m) {
    String digits = m.group(1) != null ? m.group(1) : m.group(2) + m.group(3);
    return NationalIds.isValid(digits) ? NATIONAL_ID_MASK : null;
  }

  /**
   * Whether a match lies inside a UUID, whose dash-separated hex groups can look like a grouped
   * card number. The token around the match is examined up to a UUID's length on each side, so the
   * check costs a bounded amount per match.
   */
  private static boolean isInsideUuid(String text, int start, int end) {
    int left = start;
    while (left > 0 && start - left <= UUID_LENGTH && isUuidChar(text.charAt(left - 1))) {
      left--;
    }
    int right = end;
    while (right < text.length() && right - end <= UUID_LENGTH && isUuidChar(text.charAt(right))) {
      right++;
    }
    return right - left == UUID_LENGTH && UUID.matcher(text).region(left, right).matches();
  }

  private static boolean isUuidChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '-';
  }

  private static boolean hasAny(String text, char first, char second) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == first || c == second) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIgnoreCase(String text, String lowercaseWord) {
    char first = lowercaseWord.charAt(0);
    char upperFirst = Character.toUpperCase(first);
    int last = text.length() - lowercaseWord.length();
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == first || c == upperFirst)
          && text.regionMatches(true, i, lowercaseWord, 0, lowercaseWord.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigitRun(String text, int length) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = (c >= '0' && c <= '9') ? run + 1 : 0;
      if (run >= length) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAllZeros(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  /** One redaction step over the whole text, reporting each value it masks. */
  @FunctionalInterface
  private interface Rule {
    String apply(String text, Consumer<SensitiveKind> sink);
  }

  /** Masks one match in a text, or answers {@code null} to leave it. */
  @FunctionalInterface
  private interface Masker {
    String mask(String text, Matcher match);
  }

  /**
   * One pattern and how to mask what it finds; the masker answers {@code null} for a match that is
   * not sensitive after all (a Luhn failure, a wrong check digit).
   */
  private record PatternRule(
      SensitiveKind kind, Predicate<String> mayMatch, Pattern pattern, Masker masker)
      implements Rule {

    @Override
    public String apply(String text, Consumer<SensitiveKind> sink) {
      if (!mayMatch.test(text)) {
        return text;
      }
      Matcher m = pattern.matcher(text);
      StringBuilder out = null;
      int copied = 0;
      while (m.find()) {
        String masked = masker.mask(text, m);
        if (masked == null || masked.contentEquals(text.subSequence(m.start(), m.end()))) {
          continue;
        }
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, m.start()).append(masked);
        copied = m.end();
        sink.accept(kind);
      }
      return out == null ? text : out.append(text, copied, text.length()).toString();
    }
  }
}
