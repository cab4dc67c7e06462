package il.gov.cal.core.importing.vcf;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a file line by line with a bound on line length, so that a corrupt file with no line breaks
 * cannot exhaust memory. Accepts LF, CRLF and CR endings and drops a leading byte-order mark.
 */
final class LineSource implements Closeable {

  /** Far above any real VCF record (a few hundred characters), far below a memory problem. */
  static final int MAX_LINE_LENGTH = 64 * 1024;

  private final Reader reader;
  private final char[] buffer = new char[64 * 1024];
  private final StringBuilder line = new StringBuilder(512);
  private int position;
  private int limit;
  private int lineNumber;
  private boolean skipLineFeed;
  private boolean endOfInput;

  LineSource(Reader reader) {
    this.reader = reader;
  }

  /** The 1-based number of the line last returned by {@link #next}; 0 before the first. */
  int lineNumber() {
    return lineNumber;
  }

  /**
   * The next line without its ending, or {@code null} at end of input.
   *
   * @throws VcfFormatException if the line is longer than {@link #MAX_LINE_LENGTH}
   */
  String next() throws IOException {
    if (endOfInput) {
      return null;
    }
    line.setLength(0);
    boolean sawAnything = false;
    while (true) {
      if (position == limit && !fill()) {
        endOfInput = true;
        return sawAnything ? finishLine() : null;
      }
      char c = buffer[position++];
      if (skipLineFeed) {
        skipLineFeed = false;
        if (c == '\n') {
          continue;
        }
      }
      if (c == '\n' || c == '\r') {
        skipLineFeed = c == '\r';
        return finishLine();
      }
      sawAnything = true;
      if (line.length() == MAX_LINE_LENGTH) {
        throw new VcfFormatException(
            lineNumber + 1, "line longer than " + MAX_LINE_LENGTH + " characters");
      }
      line.append(c);
    }
  }

  private String finishLine() {
    lineNumber++;
    if (lineNumber == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
      line.deleteCharAt(0);
    }
    return line.toString();
  }

  private boolean fill() throws IOException {
    int read;
    do {
      read = reader.read(buffer, 0, buffer.length);
    } while (read == 0);
    if (read < 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
