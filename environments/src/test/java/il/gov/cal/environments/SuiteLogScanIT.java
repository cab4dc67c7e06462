package il.gov.cal.environments;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.redaction.LogFinding;
import il.gov.cal.security.redaction.LogScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The last test of the suite: every log line that the other modules' tests made (test output, the
 * Liberty servers' logs and incident reports, the search nodes' and the pipeline's logs) is scanned
 * for card numbers, national ids, PINs, OTPs, tokens and secrets. This module builds after all the
 * others, so their logs are there when it runs.
 *
 * <p>The redaction rules deliberately over-match; a scan of a server's own bookkeeping with them
 * finds a "card number" in every tenth epoch-millisecond sequence number and a "national id" in
 * every tenth thread id. So each finding is confirmed on its line before it counts: a card number
 * must stand alone (not inside a longer word, number or sequence such as {@code 1796_000}, nor a
 * class's serial version in an incident report) and start like a card; a nine-digit number counts
 * as a national id only where the line names one; a secret field counts only when its value is not
 * already masked. Tokens always count.
 *
 * <p>Liberty's incident reports ({@code logs/ffdc/}) and trace logs are scanned like every other
 * log. They once held rejected bearer tokens, which Liberty's verifier dumps when it refuses one;
 * the security library's edge filter now refuses such tokens before Liberty sees them, so a token
 * found there fails this test.
 */
class SuiteLogScanIT {

  private static final Path PROJECT = Path.of(System.getProperty("cal.project.dir", ".."));

  private static final Pattern STANDALONE_CARD_NUMBER =
      Pattern.compile("(?<![\\w.:/-])[3-6](?:[ -]?\\d){12,18}(?![\\w.:/-])");
  private static final Pattern NATIONAL_ID_LABEL =
      Pattern.compile("(?i)(national|teudat|id[_-]?number)[\\w\\s\"'=:]{0,20}?\\d{5,9}\\b");
  private static final Pattern UNMASKED_SECRET =
      Pattern.compile(
          "(?i)(?<![a-z])(pin|otp|password|passwd|secret|cvv|pan|national_?id)[\"']?\\s*[=:]\\s*"
              + "[\"']?(?![*\\[\"'\\s,}]|null\\b|\\$\\{|$)");

  @Test
  void noLogLineOfTheSuiteHoldsSensitiveData() throws IOException {
    List<Path> logs = suiteLogs();
    List<String> confirmed = new ArrayList<>();

    for (Path log : logs) {
      List<LogFinding> findings = LogScanner.scan(log);
      if (findings.isEmpty()) {
        continue;
      }
      List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
      for (LogFinding finding : findings) {
        String line = lines.get((int) finding.lineNumber() - 1);
        if (isConfirmed(finding, line)) {
          confirmed.add(log + ":" + finding.lineNumber() + " " + finding.kind());
        }
      }
    }

    assertThat(logs)
        .as("logs of the suite (run after the other modules' tests)")
        .anySatisfy(log -> assertThat(log.toString()).endsWith("messages.log"));
    assertThat(confirmed).isEmpty();
  }

  static boolean isConfirmed(LogFinding finding, String line) {
    return switch (finding.kind()) {
      case CARD_NUMBER -> !line.contains("serialVersionUID") && hasStandaloneCardNumber(line);
      case NATIONAL_ID -> NATIONAL_ID_LABEL.matcher(line).find();
      case SECRET_FIELD -> UNMASKED_SECRET.matcher(line).find();
      default -> true;
    };
  }

  private static boolean hasStandaloneCardNumber(String line) {
    Matcher m = STANDALONE_CARD_NUMBER.matcher(line);
    while (m.find()) {
      if (luhnValid(m.group().replaceAll("[ -]", ""))) {
        return true;
      }
    }
    return false;
  }

  private static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  private static List<Path> suiteLogs() throws IOException {
    List<Path> logs = new ArrayList<>();
    try (Stream<Path> modules = Files.list(PROJECT)) {
      for (Path target :
          modules.map(m -> m.resolve("target")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.walk(target)) {
          files
              .filter(Files::isRegularFile)
              .filter(SuiteLogScanIT::isLog)
              .filter(f -> !f.toString().contains("/mariadb/data/"))
              .forEach(logs::add);
        }
      }
    }
    return logs;
  }

  private static boolean isLog(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".log") || name.endsWith("-output.txt") || name.endsWith(".out");
  }
}
