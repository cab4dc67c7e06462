package il.gov.cal.core.importing.vcf;

/** One line of the file split on TAB, with access by layout field. */
final class VcfLine {

  private final int number;
  private final String[] fields;

  private VcfLine(int number, String[] fields) {
    this.number = number;
    this.fields = fields;
  }

  static VcfLine parse(int number, String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\t') {
        count++;
      }
    }
    String[] fields = new String[count];
    int start = 0;
    int field = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\t') {
        fields[field++] = text.substring(start, i);
        start = i + 1;
      }
    }
    fields[field] = text.substring(start);
    return new VcfLine(number, fields);
  }

  int number() {
    return number;
  }

  int fieldCount() {
    return fields.length;
  }

  boolean isBlank() {
    return fields.length == 1 && fields[0].isBlank();
  }

  /** The record code, first field, without surrounding spaces. */
  String recordCode() {
    return fields[0].strip();
  }

  /** The field's value without surrounding spaces; empty if the line is too short to have it. */
  String get(VcfField field) {
    int index = field.index();
    return index < fields.length ? fields[index].strip() : "";
  }
}
