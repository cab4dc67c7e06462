package il.gov.cal.core.importing.vcf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * The first pass over a file: checks every file-level rule without building records, in constant
 * memory, and either returns what the file holds or rejects it as a whole.
 *
 * <p>Only a file this accepts should be given to {@link VcfReader}: the reader checks the same
 * rules, but only as it reaches them, after it has handed out the records before the fault.
 */
public final class VcfValidator {

  private VcfValidator() {}

  /**
   * Reads {@code source} to its end and checks its structure. Does not close {@code source}.
   *
   * @return the header and, per block record type, the record counts and control totals
   * @throws VcfFormatException with the line and reason if the file must be rejected
   * @throws IOException if reading fails
   */
  public static VcfFileSummary validate(Reader source) throws IOException {
    LineSource lines = new LineSource(source);
    VcfStructure structure = new VcfStructure();
    String text;
    while ((text = lines.next()) != null) {
      structure.accept(VcfLine.parse(lines.lineNumber(), text));
    }
    return structure.finish(lines.lineNumber());
  }

  /**
   * {@link #validate(Reader)} over bytes in {@code charset}. Does not close {@code source}.
   *
   * @throws VcfFormatException with the line and reason if the file must be rejected
   * @throws IOException if reading fails
   */
  public static VcfFileSummary validate(InputStream source, Charset charset) throws IOException {
    return validate(new InputStreamReader(source, charset));
  }
}
