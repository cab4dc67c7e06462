package il.gov.cal.security.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogScannerTest {

  @TempDir Path dir;

  @Test
  void scanReportsEachSensitiveValueWithItsLineAndKindButNotTheValue() throws IOException {
    Path log = dir.resolve("server.log");
    Files.write(
        log,
        List.of(
            "started",
            "charged 4111111111111111",
            "clean line orgId=3",
            "otp=123456 holder 123456782"),
        StandardCharsets.UTF_8);

    List<LogFinding> findings = LogScanner.scan(log);

    assertThat(findings)
        .containsExactly(
            new LogFinding(log.toString(), 2, SensitiveKind.CARD_NUMBER),
            new LogFinding(log.toString(), 4, SensitiveKind.SECRET_FIELD),
            new LogFinding(log.toString(), 4, SensitiveKind.NATIONAL_ID));
    assertThat(findings.toString()).doesNotContain("4111", "123456");
  }

  @Test
  void scanOfAStreamNumbersLinesFromOne() {
    List<LogFinding> findings =
        LogScanner.scan("stdout", Stream.of("a", "b", "Bearer abcdefghijklmnop0123"));

    assertThat(findings).containsExactly(new LogFinding("stdout", 3, SensitiveKind.BEARER_TOKEN));
  }

  @Test
  void scanOfARedactedLogFindsNothing() {
    List<LogFinding> findings =
        LogScanner.scan(
            "redacted",
            Stream.of("card [PAN ****1111] pin=[REDACTED] id [NATIONAL-ID] token [JWT]"));

    assertThat(findings).isEmpty();
  }

  @Test
  void scanReadsPastBytesThatAreNotUtf8() throws IOException {
    Path log = dir.resolve("binary.log");
    Files.write(log, new byte[] {(byte) 0xff, (byte) 0xfe, '\n', 'p', 'i', 'n', '=', '1', '\n'});

    assertThat(LogScanner.scan(log))
        .extracting(LogFinding::lineNumber, LogFinding::kind)
        .containsExactly(tuple(2L, SensitiveKind.SECRET_FIELD));
  }

  @Test
  void scanTreeScansOnlyFilesWithTheGivenSuffixes() throws IOException {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/b/messages.log"), "pin=1\n");
    Files.writeString(dir.resolve("a/notes.md"), "pin=2\n");

    List<LogFinding> findings = LogScanner.scanTree(dir, ".log");

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).source()).endsWith("messages.log");
  }
}
