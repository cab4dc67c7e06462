package il.gov.cal.environments;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.redaction.LogFinding;
import il.gov.cal.security.redaction.LogScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The last test of the suite: every log line that the other modules' tests made — test output, the
 * Liberty servers' logs, the search nodes' and the pipeline's logs — is scanned for card numbers,
 * national ids, PINs, OTPs, tokens and secrets. This module builds after all the others, so their
 * logs are there when it runs.
 */
class SuiteLogScanIT {

  private static final Path PROJECT = Path.of(System.getProperty("cal.project.dir", ".."));

  @Test
  void noLogLineOfTheSuiteHoldsSensitiveData() throws IOException {
    List<Path> logs = suiteLogs();
    List<LogFinding> findings = new ArrayList<>();

    for (Path log : logs) {
      findings.addAll(LogScanner.scan(log));
    }

    assertThat(logs)
        .as("logs of the suite (run after the other modules' tests)")
        .anySatisfy(log -> assertThat(log.toString()).endsWith("messages.log"));
    assertThat(findings).isEmpty();
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
