package il.gov.cal.core.importing.vcf;

/**
 * The file as a whole is not a valid VCF 4.0 transmission and must be rejected entirely: bad or
 * missing header or trailer, blocks that do not open and close in step, a block trailer whose count
 * or control total disagrees with the block, a truncated file, a record outside any block.
 *
 * <p>Unchecked so that it can travel through {@link java.util.Iterator} and stream pipelines; the
 * import job catches it at the one place that marks the job failed. The message names the line and
 * the reason, and never holds a card number or national id.
 */
public final class VcfFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final String reason;

  /** A rejection detected at {@code line} (1-based; one past the last line for end of file). */
  public VcfFormatException(int line, String reason) {
    super("line " + line + ": " + reason);
    this.line = line;
    this.reason = reason;
  }

  /** The 1-based line at which the problem was found; one past the last line for end of file. */
  public int line() {
    return line;
  }

  /** Why the file was rejected, without the line number. */
  public String reason() {
    return reason;
  }
}
