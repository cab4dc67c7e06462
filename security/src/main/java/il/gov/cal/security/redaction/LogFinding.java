package il.gov.cal.security.redaction;

/**
 * A sensitive value found in a log: where, and of what kind. It never carries the value or the line
 * itself, so a report of findings is itself safe to print.
 *
 * @param source the file scanned, or a caller-chosen name for a stream of lines
 * @param lineNumber the line, counted from 1
 * @param kind what was found
 */
public record LogFinding(String source, long lineNumber, SensitiveKind kind) {

  @Override
  public String toString() {
    return source + ":" + lineNumber + " " + kind;
  }
}
