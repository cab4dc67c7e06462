package il.gov.cal.core.importing.vcf;

import static il.gov.cal.core.importing.vcf.SampleFile.FIRST_TRANSACTION_LINE;
import static il.gov.cal.core.importing.vcf.SampleFile.TRANSACTION_TRAILER_LINE;
import static il.gov.cal.core.importing.vcf.SampleFile.TRANSMISSION_TRAILER_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Faults that reject the whole file, each found at the right line by both passes. */
class VcfValidatorTest {

  private final SampleFile sample = SampleFile.load();

  @Test
  void wrongControlTotalRejectsFileAtBlockTrailer() {
    SampleFile file =
        sample.withField(TRANSACTION_TRAILER_LINE, VcfField.BLOCK_TRAILER_CONTROL_TOTAL, "15787");

    assertRejected(file, TRANSACTION_TRAILER_LINE)
        .hasMessageContaining("control total 15787 does not match 15786")
        .hasMessageContaining("billing amount");
  }

  @Test
  void wrongRecordCountRejectsFileAtBlockTrailer() {
    SampleFile file =
        sample.withField(TRANSACTION_TRAILER_LINE, VcfField.BLOCK_TRAILER_RECORD_COUNT, "4");

    assertRejected(file, TRANSACTION_TRAILER_LINE)
        .hasMessageContaining("record count 4 does not match the 3 records")
        .hasMessageContaining("opened at line 8");
  }

  @Test
  void missingTransmissionTrailerRejectsFileAtEndOfFile() {
    SampleFile file = sample.firstLines(TRANSACTION_TRAILER_LINE);

    assertRejected(file, TRANSMISSION_TRAILER_LINE)
        .hasMessageContaining("without a transmission trailer");
  }

  @Test
  void fileTruncatedMidBlockIsRejectedAfterItsLastLine() {
    SampleFile file = sample.firstLines(FIRST_TRANSACTION_LINE + 1);

    assertRejected(file, FIRST_TRANSACTION_LINE + 2)
        .hasMessageContaining("inside the block of record type 5 opened at line 8")
        .hasMessageContaining("truncated");
  }

  @Test
  void headerWithVersionOtherThanFourRejectsFileAtLineOne() {
    SampleFile file = sample.withField(1, VcfField.HEADER_VERSION, "3.0");

    assertRejected(file, 1).hasMessageContaining("version '3.0'");
  }

  @Test
  void fileNotStartingWithTransmissionHeaderIsRejectedAtLineOne() {
    assertRejected(sample.withoutLine(1), 1).hasMessageContaining("found record code '8'");
  }

  @Test
  void headerWithInvalidProcessingDateIsRejected() {
    assertRejected(sample.withField(1, VcfField.HEADER_PROCESSING_DATE, "02302025"), 1)
        .hasMessageContaining("MMDDCCYY");
  }

  @Test
  void dataRecordOutsideABlockIsRejected() {
    SampleFile file = sample.withLineInserted(5, sample.line(3));

    assertRejected(file, 5).hasMessageContaining("outside a block");
  }

  @Test
  void blockTrailerForAnotherRecordTypeIsRejected() {
    SampleFile file =
        sample.withField(TRANSACTION_TRAILER_LINE, VcfField.BLOCK_TRAILER_RECORD_TYPE, "3");

    assertRejected(file, TRANSACTION_TRAILER_LINE)
        .hasMessageContaining("record type 3")
        .hasMessageContaining("holds record type 5");
  }

  @Test
  void blockOpenedInsideAnotherBlockIsRejected() {
    SampleFile file = sample.withoutLine(4);

    assertRejected(file, 4).hasMessageContaining("opened at line 2");
  }

  @Test
  void blockOfAnotherCompanyIsRejected() {
    SampleFile file = sample.withField(5, VcfField.BLOCK_HEADER_COMPANY_ID, "1000000002");

    assertRejected(file, 5).hasMessageContaining("names company '1000000002'");
  }

  @Test
  void recordAfterTransmissionTrailerIsRejected() {
    SampleFile file = sample.withLineInserted(14, sample.line(2));

    assertRejected(file, 14).hasMessageContaining("after the transmission trailer");
  }

  @Test
  void emptyLineInsideFileIsRejected() {
    assertRejected(sample.withLineInserted(6, ""), 6).hasMessageContaining("empty line");
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    assertThatThrownBy(() -> VcfValidator.validate(new StringReader("")))
        .isInstanceOfSatisfying(VcfFormatException.class, e -> assertThat(e.line()).isEqualTo(1));
  }

  @Test
  void crlfLineEndingsAndByteOrderMarkAreAccepted() throws IOException {
    String text = "\uFEFF" + sample.text().replace("\n", "\r\n");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    VcfFileSummary summary =
        VcfValidator.validate(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);

    assertThat(summary.lines()).isEqualTo(13);
    assertThat(summary.controlTotal(VcfRecordKind.CARD_TRANSACTION)).isEqualTo(15786);
  }

  @Test
  void trailingEmptyLinesAfterTransmissionTrailerAreAccepted() throws IOException {
    VcfFileSummary summary = VcfValidator.validate(new StringReader(sample.text() + "\n\n"));

    assertThat(summary.records(VcfRecordKind.CARD_TRANSACTION)).isEqualTo(3);
  }

  @Test
  void lineWithoutBreaksBeyondLimitIsRejectedWithoutReadingItWhole() {
    String endless = "6\t" + "x".repeat(LineSource.MAX_LINE_LENGTH + 10);

    assertThatThrownBy(() -> VcfValidator.validate(new StringReader(endless)))
        .isInstanceOfSatisfying(VcfFormatException.class, e -> assertThat(e.line()).isEqualTo(1))
        .hasMessageContaining("longer than");
  }

  @Test
  void blocksOfTypesNotReadAreCountedAndSkipped() throws IOException {
    SampleFile file =
        sample
            .withField(2, VcfField.BLOCK_HEADER_RECORD_TYPE, "2")
            .withField(4, VcfField.BLOCK_TRAILER_RECORD_TYPE, "2");
    List<VcfEntry> entries = new ArrayList<>();

    try (VcfReader reader = VcfReader.using(TestTokenizers.fixed()).open(file.reader())) {
      reader.forEachRemaining(entries::add);
      BlockTypeSummary skipped = reader.summary().blockTypes().get(0);
      assertThat(skipped.blockType()).isEqualTo(2);
      assertThat(skipped.records()).isEqualTo(1);
      assertThat(skipped.kind()).isEmpty();
    }
    assertThat(entries).hasSize(4).noneMatch(CardholderRecord.class::isInstance);
  }

  /** Both passes reject the file, at the same line and for the same reason. */
  private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
      SampleFile file, int line) {
    VcfFormatException first = rejection(() -> VcfValidator.validate(file.reader()));
    VcfFormatException second = rejection(() -> readAll(file));

    assertThat(first.line()).as(first.getMessage()).isEqualTo(line);
    assertThat(first.getMessage()).startsWith("line " + line + ": ");
    assertThat(second.getMessage()).isEqualTo(first.getMessage());
    return assertThat((Throwable) first);
  }

  private static void readAll(SampleFile file) throws IOException {
    try (VcfReader reader = VcfReader.using(TestTokenizers.fixed()).open(file.reader())) {
      reader.forEachRemaining(entry -> {});
    }
  }

  private interface FileAction {
    void run() throws IOException;
  }

  private static VcfFormatException rejection(FileAction action) {
    try {
      action.run();
    } catch (VcfFormatException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError("unexpected I/O failure", e);
    }
    throw new AssertionError("the file was accepted");
  }
}
