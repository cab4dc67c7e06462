package il.gov.cal.core.merchant;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of RFC 4180 CSV: commas separate, double quotes enclose a value that holds
 * commas, and a doubled quote inside quotes is one quote. Values never span lines in the MCC list.
 */
final class CsvRow {

  private CsvRow() {}

  static List<String> split(String line) {
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          value.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        values.add(value.toString());
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    values.add(value.toString());
    return values;
  }
}
