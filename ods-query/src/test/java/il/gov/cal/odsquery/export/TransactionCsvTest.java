package il.gov.cal.odsquery.export;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsaccess.document.TransactionDocument.Merchant;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionCsvTest {

  @Test
  void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
    assertThat(TransactionCsv.text("a,b")).isEqualTo("\"a,b\"");
    assertThat(TransactionCsv.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(TransactionCsv.text("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(TransactionCsv.text("plain")).isEqualTo("plain");
    assertThat(TransactionCsv.text(null)).isEmpty();
  }

  @Test
  void textCellsThatWouldRunAsFormulasAreNeutralised() {
    assertThat(TransactionCsv.text("=1+1")).isEqualTo("'=1+1");
    assertThat(TransactionCsv.text("+972")).isEqualTo("'+972");
    assertThat(TransactionCsv.text("-2")).isEqualTo("'-2");
    assertThat(TransactionCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(TransactionCsv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
  }

  @Test
  void aRowHasEveryColumnWithExactDecimalAmounts() throws Exception {
    TransactionDocument t =
        new TransactionDocument(
            7,
            1,
            17,
            "0017",
            1001L,
            "Dana Levi",
            9L,
            "Procurement",
            "/1/4/9/",
            List.of(1L, 4L, 9L),
            new Merchant("Office Depot", "Jerusalem", "376", "5943", "Stationery"),
            "REFUND",
            "POSTED",
            "2025-03-02",
            "2025-03-04",
            -12050,
            "ILS",
            -9007199254740993L,
            "ILS");
    StringWriter out = new StringWriter();

    TransactionCsv.writeRow(out, t);

    String line = out.toString();
    assertThat(line.split(",", -1)).hasSize(TransactionCsv.COLUMNS.size());
    assertThat(line)
        .isEqualTo(
            "7,2025-03-02,2025-03-04,0017,1001,Dana Levi,9,Procurement,Office Depot,Jerusalem,"
                + "376,5943,Stationery,REFUND,POSTED,-120.50,ILS,-90071992547409.93,ILS\r\n");
  }
}
