package il.gov.cal.core.importing.vcf;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic VCF 4.0 sample from the test resources, and variants of it built by changing one
 * field or cutting lines. Line numbers are 1-based, as in error reports: 1 header; 2-4 cardholder
 * block; 5-7 account block; 8 transaction block header; 9-11 transactions; 12 its trailer; 13
 * transmission trailer.
 */
final class SampleFile {

  static final String RESOURCE = "/cardfiles/vcf40_synthetic.tsv";
  static final int FIRST_TRANSACTION_LINE = 9;
  static final int TRANSACTION_TRAILER_LINE = 12;
  static final int TRANSMISSION_TRAILER_LINE = 13;

  private final List<String> lines;

  private SampleFile(List<String> lines) {
    this.lines = lines;
  }

  static SampleFile load() {
    try (InputStream in = SampleFile.class.getResourceAsStream(RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new SampleFile(new ArrayList<>(text.lines().toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy with field {@code field} of line {@code line} set to {@code value}. */
  SampleFile withField(int line, VcfField field, String value) {
    List<String> copy = new ArrayList<>(lines);
    String[] fields = copy.get(line - 1).split("\t", -1);
    fields[field.index()] = value;
    copy.set(line - 1, String.join("\t", fields));
    return new SampleFile(copy);
  }

  /** A copy with line {@code line} replaced. */
  SampleFile withLine(int line, String text) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(line - 1, text);
    return new SampleFile(copy);
  }

  /** A copy holding the first {@code count} lines only. */
  SampleFile firstLines(int count) {
    return new SampleFile(new ArrayList<>(lines.subList(0, count)));
  }

  /** A copy with line {@code line} removed. */
  SampleFile withoutLine(int line) {
    List<String> copy = new ArrayList<>(lines);
    copy.remove(line - 1);
    return new SampleFile(copy);
  }

  /** A copy with {@code text} inserted so that it becomes line {@code line}. */
  SampleFile withLineInserted(int line, String text) {
    List<String> copy = new ArrayList<>(lines);
    copy.add(line - 1, text);
    return new SampleFile(copy);
  }

  String line(int line) {
    return lines.get(line - 1);
  }

  String text() {
    return String.join("\n", lines) + "\n";
  }

  StringReader reader() {
    return new StringReader(text());
  }
}
