package il.gov.cal.core.importing.vcf;

import static il.gov.cal.core.importing.vcf.SampleFile.FIRST_TRANSACTION_LINE;
import static il.gov.cal.core.importing.vcf.SampleFile.TRANSACTION_TRAILER_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Faults confined to one record: that record is reported, the rest of the file is read. */
class VcfReaderTest {

  private static final String SAMPLE_PAN = "4111111111111111";

  private final SampleFile sample = SampleFile.load();

  @Test
  void nonNumericAmountAndUnknownCurrencyRejectOnlyThatRecordWithBothReasons() throws IOException {
    SampleFile file =
        sample
            .withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_SOURCE_AMOUNT, "123A5")
            .withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_SOURCE_CURRENCY, "999");

    List<VcfEntry> entries = readAll(file);

    RecordError error = onlyError(entries);
    assertThat(error.line()).isEqualTo(FIRST_TRANSACTION_LINE);
    assertThat(error.kind()).isEqualTo(VcfRecordKind.CARD_TRANSACTION);
    assertThat(error.reason())
        .contains("source amount '123A5' is not an unsigned whole number")
        .contains("unknown source currency code '999'");
    assertThat(transactions(entries))
        .extracting(TransactionRecord::line)
        .containsExactly(FIRST_TRANSACTION_LINE + 1, FIRST_TRANSACTION_LINE + 2);
  }

  @Test
  void nonNumericBillingAmountIsLeftOutOfControlTotalAndRejectedAlone() throws IOException {
    SampleFile file =
        sample
            .withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_BILLING_AMOUNT, "12E45")
            .withField(TRANSACTION_TRAILER_LINE, VcfField.BLOCK_TRAILER_CONTROL_TOTAL, "3441");

    VcfFileSummary summary = VcfValidator.validate(file.reader());
    List<VcfEntry> entries = readAll(file);

    assertThat(summary.records(VcfRecordKind.CARD_TRANSACTION)).isEqualTo(3);
    assertThat(onlyError(entries).reason()).contains("billing amount '12E45'");
    assertThat(transactions(entries)).hasSize(2);
  }

  @Test
  void badDateIsRejectedAsRecordError() throws IOException {
    SampleFile file =
        sample.withField(FIRST_TRANSACTION_LINE + 1, VcfField.TRANSACTION_DATE, "13012025");

    RecordError error = onlyError(readAll(file));

    assertThat(error.line()).isEqualTo(FIRST_TRANSACTION_LINE + 1);
    assertThat(error.reason()).isEqualTo("date '13012025' is not MMDDCCYY");
  }

  @Test
  void mccThatIsNotFourDigitsIsRejectedAsRecordError() throws IOException {
    SampleFile file = sample.withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_MCC, "594");

    assertThat(onlyError(readAll(file)).reason()).isEqualTo("mcc '594' is not four digits");
  }

  @Test
  void mccKeepsLeadingZeros() throws IOException {
    SampleFile file = sample.withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_MCC, "0742");

    assertThat(transactions(readAll(file)).get(0).mcc()).isEqualTo("0742");
  }

  @Test
  void unknownTypeCodeIsRejectedBecauseItsSignIsUnknown() throws IOException {
    SampleFile file =
        sample.withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_TYPE_CODE, "20");

    assertThat(onlyError(readAll(file)).reason()).contains("type code '20'");
  }

  @Test
  void reversalCodesAreCredits() throws IOException {
    SampleFile file =
        sample.withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_TYPE_CODE, "31");

    TransactionRecord reversal = transactions(readAll(file)).get(0);

    assertThat(reversal.kind()).isEqualTo(TransactionKind.REVERSAL);
    assertThat(reversal.billingAmount().toDecimalString()).isEqualTo("-123.45");
  }

  @Test
  void threeDecimalBillingCurrencyUsesItsImpliedDecimals() throws IOException {
    SampleFile file =
        sample
            .withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_BILLING_CURRENCY, "414")
            .withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_SOURCE_CURRENCY, "414");

    TransactionRecord kuwaiti = transactions(readAll(file)).get(0);

    assertThat(kuwaiti.billingAmount().toString()).isEqualTo("KWD 12.345");
  }

  @Test
  void cardNumberFailingLuhnIsRejectedWithoutQuotingIt() throws IOException {
    SampleFile file =
        sample.withField(
            FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_ACCOUNT_NUMBER, "4111111111111112");

    RecordError error = onlyError(readAll(file));

    assertThat(error.reason())
        .isEqualTo("account number is not a valid card number")
        .doesNotContain("411111");
  }

  @Test
  void cardNumberShiftedIntoAnotherFieldIsNotQuotedInTheReason() throws IOException {
    SampleFile file =
        sample.withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_BILLING_CURRENCY, SAMPLE_PAN);

    RecordError error = onlyError(readAll(file));

    assertThat(error.reason()).contains("unknown billing currency code").doesNotContain("1111111");
  }

  @Test
  void nationalIdNeverAppearsInCardholderText() throws IOException {
    SampleFile file = sample.withField(3, VcfField.CARDHOLDER_NATIONAL_ID, "123456782");

    CardholderRecord cardholder = (CardholderRecord) readAll(file).get(0);

    assertThat(cardholder.nationalId()).contains("123456782");
    assertThat(cardholder.toString()).doesNotContain("123456782").doesNotContain("TEST");
  }

  @Test
  void shortRecordIsRejectedAloneAndAddsNothingToControlTotal() throws IOException {
    SampleFile file =
        sample
            .withLine(FIRST_TRANSACTION_LINE + 2, "4\t" + SAMPLE_PAN + "\t03012025")
            .withField(TRANSACTION_TRAILER_LINE, VcfField.BLOCK_TRAILER_CONTROL_TOTAL, "14690");

    VcfFileSummary summary = VcfValidator.validate(file.reader());
    RecordError error = onlyError(readAll(file));

    assertThat(summary.records(VcfRecordKind.CARD_TRANSACTION)).isEqualTo(3);
    assertThat(error.reason()).contains("record has 3 fields").doesNotContain(SAMPLE_PAN);
  }

  @Test
  void transactionOnCardNotDeclaredInFileIsRejectedWhenAccountsAreChecked() throws IOException {
    String otherPan = "4580000000000018";
    SampleFile file =
        sample.withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_ACCOUNT_NUMBER, otherPan);

    List<VcfEntry> checked;
    try (VcfReader reader =
        VcfReader.using(TestTokenizers.fixed())
            .rejectAccountsNotDeclaredInFile()
            .open(file.reader())) {
      checked = List.copyOf(iterate(reader));
    }

    assertThat(onlyError(checked).reason())
        .isEqualTo("card ****0018 is not a known card account")
        .doesNotContain(otherPan);
    assertThat(readAll(file)).noneMatch(RecordError.class::isInstance);
  }

  @Test
  void cardKnownFromEarlierImportsIsAcceptedWhenAccountsAreChecked() throws IOException {
    String otherPan = "4580000000000018";
    String knownToken = TestTokenizers.fixed().tokenize(otherPan).token();
    SampleFile file =
        sample.withField(FIRST_TRANSACTION_LINE, VcfField.TRANSACTION_ACCOUNT_NUMBER, otherPan);

    try (VcfReader reader =
        VcfReader.using(TestTokenizers.fixed())
            .rejectUnknownAccounts(knownToken::equals)
            .open(file.reader())) {
      assertThat(iterate(reader)).noneMatch(RecordError.class::isInstance);
    }
  }

  @Test
  void readerKeepsFailingAfterAFileLevelFault() throws IOException {
    SampleFile file =
        sample.withField(TRANSACTION_TRAILER_LINE, VcfField.BLOCK_TRAILER_RECORD_COUNT, "2");

    try (VcfReader reader = VcfReader.using(TestTokenizers.fixed()).open(file.reader())) {
      for (int i = 0; i < 5; i++) {
        reader.next();
      }
      assertThatThrownBy(reader::hasNext).isInstanceOf(VcfFormatException.class);
      assertThatThrownBy(reader::hasNext)
          .isInstanceOf(VcfFormatException.class)
          .hasMessageStartingWith("line " + TRANSACTION_TRAILER_LINE + ": ");
    }
  }

  @Test
  void headerIsAvailableAsSoonAsTheReaderIsOpen() throws IOException {
    try (VcfReader reader = VcfReader.using(TestTokenizers.fixed()).open(sample.reader())) {
      assertThat(reader.header().companyId()).isEqualTo("1000000001");
      assertThatThrownBy(reader::summary).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void openingFileWithBadHeaderFailsAtOnce() {
    SampleFile file = sample.withField(1, VcfField.HEADER_VERSION, "4.1");

    assertThatThrownBy(() -> VcfReader.using(TestTokenizers.fixed()).open(file.reader()))
        .isInstanceOf(VcfFormatException.class)
        .hasMessageStartingWith("line 1: ");
  }

  @Test
  void nextAfterLastEntryThrowsNoSuchElement() throws IOException {
    try (VcfReader reader = VcfReader.using(TestTokenizers.fixed()).open(sample.reader())) {
      assertThat(reader.stream().count()).isEqualTo(5);
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  private static List<VcfEntry> readAll(SampleFile file) throws IOException {
    try (VcfReader reader = VcfReader.using(TestTokenizers.fixed()).open(file.reader())) {
      return iterate(reader);
    }
  }

  private static List<VcfEntry> iterate(VcfReader reader) {
    return reader.stream().toList();
  }

  private static RecordError onlyError(List<VcfEntry> entries) {
    List<RecordError> errors =
        entries.stream()
            .filter(RecordError.class::isInstance)
            .map(RecordError.class::cast)
            .toList();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  private static List<TransactionRecord> transactions(List<VcfEntry> entries) {
    return entries.stream()
        .filter(TransactionRecord.class::isInstance)
        .map(TransactionRecord.class::cast)
        .toList();
  }
}
