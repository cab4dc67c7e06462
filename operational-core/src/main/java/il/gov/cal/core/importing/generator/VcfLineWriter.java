package il.gov.cal.core.importing.generator;

import il.gov.cal.core.importing.vcf.VcfField;
import il.gov.cal.core.importing.vcf.VcfRecordKind;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes VCF records field by field through the layout table, so the generator and the reader
 * cannot disagree on positions. Positions the table does not name are written as {@code 0} in
 * control records and left empty in data records, as issuers do. Lines end with LF whatever the
 * platform, so that the same seed gives the same bytes everywhere.
 */
final class VcfLineWriter {

  private final Writer out;
  private final String[] fields = new String[32];
  private VcfRecordKind kind;
  private int count;

  VcfLineWriter(Writer out) {
    this.out = out;
  }

  /** Begins a record of {@code kind}; every field starts at its default. */
  void start(VcfRecordKind recordKind) {
    kind = recordKind;
    count = recordKind.minimumFieldCount();
    Arrays.fill(fields, 0, count, recordKind.isData() ? "" : "0");
    fields[0] = recordKind.recordCode();
  }

  /**
   * Sets a field. Values come from the generator's own word lists and numbers, none of which holds
   * a TAB or line break, so they are not scanned for separators on this hot path.
   */
  void set(VcfField field, String value) {
    if (field.kind() != kind) {
      throw new IllegalArgumentException(field + " is not a field of " + kind);
    }
    fields[field.index()] = value;
  }

  void set(VcfField field, long value) {
    set(field, Long.toString(value));
  }

  void set(VcfField field, LocalDate date) {
    set(field, mmddccyy(date));
  }

  /** Writes the record begun by {@link #start}. */
  void end() throws IOException {
    out.write(fields[0]);
    for (int i = 1; i < count; i++) {
      out.write('\t');
      out.write(fields[i]);
    }
    out.write('\n');
  }

  static String mmddccyy(LocalDate date) {
    char[] text = new char[8];
    twoDigits(text, 0, date.getMonthValue());
    twoDigits(text, 2, date.getDayOfMonth());
    twoDigits(text, 4, date.getYear() / 100);
    twoDigits(text, 6, date.getYear() % 100);
    return new String(text);
  }

  /** {@code value} in decimal, zero-padded on the left to {@code width} digits. */
  static String zeroPadded(long value, int width) {
    String digits = Long.toString(value);
    if (digits.length() >= width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }

  private static void twoDigits(char[] text, int at, int value) {
    text[at] = (char) ('0' + value / 10);
    text[at + 1] = (char) ('0' + value % 10);
  }
}
