package il.gov.cal.security.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Scans log output for sensitive values that escaped redaction, with the same rules as the {@link
 * Redactor}. Test suites run it over every log they produced and fail on any finding.
 *
 * <p>Files are read as UTF-8; bytes that are not valid UTF-8 are replaced rather than failing the
 * scan, so binary noise in a log cannot hide the lines after it.
 */
public final class LogScanner {

  private LogScanner() {}

  /**
   * Scans lines, numbering them from 1.
   *
   * @param source a name for the lines, used in the findings
   * @param lines the lines; the stream is consumed but not closed
   * @return the findings, in line order
   */
  public static List<LogFinding> scan(String source, Stream<String> lines) {
    Objects.requireNonNull(source, "source");
    List<LogFinding> findings = new ArrayList<>();
    long[] lineNumber = {0};
    lines.forEachOrdered(
        line -> {
          lineNumber[0]++;
          for (SensitiveKind kind : Redactor.detect(line)) {
            findings.add(new LogFinding(source, lineNumber[0], kind));
          }
        });
    return findings;
  }

  /**
   * Scans one file.
   *
   * @param file a log file
   * @return the findings, in line order, with the file's path as their source
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<LogFinding> scan(Path file) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      return scan(file.toString(), reader.lines());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read log file " + file, e);
    }
  }

  /**
   * Scans every regular file under a directory whose name ends with one of the given suffixes.
   *
   * @param root the directory to walk
   * @param suffixes file name endings to scan, such as {@code ".log"} and {@code ".txt"}
   * @return the findings of all files, grouped by file in path order
   * @throws UncheckedIOException when the tree or a file cannot be read
   */
  public static List<LogFinding> scanTree(Path root, String... suffixes) {
    List<LogFinding> findings = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .filter(p -> endsWithAny(p.getFileName().toString(), suffixes))
          .sorted()
          .forEachOrdered(p -> findings.addAll(scan(p)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot walk log directory " + root, e);
    }
    return findings;
  }

  private static boolean endsWithAny(String name, String... suffixes) {
    for (String suffix : suffixes) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
