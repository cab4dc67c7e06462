package il.gov.cal.core.importing.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.core.importing.vcf.CardAccountRecord;
import il.gov.cal.core.importing.vcf.CardholderRecord;
import il.gov.cal.core.importing.vcf.Direction;
import il.gov.cal.core.importing.vcf.HmacSha256CardTokenizer;
import il.gov.cal.core.importing.vcf.RecordError;
import il.gov.cal.core.importing.vcf.TransactionKind;
import il.gov.cal.core.importing.vcf.TransactionRecord;
import il.gov.cal.core.importing.vcf.VcfEntry;
import il.gov.cal.core.importing.vcf.VcfFileSummary;
import il.gov.cal.core.importing.vcf.VcfReader;
import il.gov.cal.core.importing.vcf.VcfRecordKind;
import il.gov.cal.core.importing.vcf.VcfValidator;
import il.gov.cal.core.merchant.MccDirectory;
import il.gov.cal.core.money.CurrencyUnit;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VcfGeneratorTest {

  private static final MccDirectory MCC = MccDirectory.load();
  private static final GeneratorSpec SPEC = new GeneratorSpec(2, 20_001, 2025, 42, 7);

  private static String file;
  private static GeneratedOrganisation contents;
  private static List<VcfEntry> entries;

  @BeforeAll
  static void generateAndReadFirstOrganisation() throws IOException {
    StringWriter vcf = new StringWriter();
    contents = new VcfGenerator(SPEC, MCC).writeOrganisation(0, vcf, new StringWriter());
    file = vcf.toString();
    try (VcfReader reader =
        VcfReader.using(new HmacSha256CardTokenizer(new byte[32]))
            .rejectAccountsNotDeclaredInFile()
            .open(new StringReader(file))) {
      entries = reader.stream().toList();
    }
  }

  @Test
  void untilKeepsEveryPurchaseAndPostingOnOrBeforeThatDayAndStillSpreadsThemFromJanuary()
      throws IOException {
    LocalDate until = LocalDate.of(2025, 6, 15);
    StringWriter vcf = new StringWriter();
    new VcfGenerator(new GeneratorSpec(1, 5_000, 2025, 42, 0, until), MCC)
        .writeOrganisation(0, vcf, new StringWriter());
    List<TransactionRecord> transactions;
    try (VcfReader reader =
        VcfReader.using(new HmacSha256CardTokenizer(new byte[32]))
            .rejectAccountsNotDeclaredInFile()
            .open(new StringReader(vcf.toString()))) {
      transactions =
          reader.stream()
              .filter(TransactionRecord.class::isInstance)
              .map(TransactionRecord.class::cast)
              .toList();
    }

    assertThat(transactions).hasSize(5_000);
    assertThat(transactions)
        .allSatisfy(
            t -> {
              assertThat(t.transactionDate()).isBetween(LocalDate.of(2025, 1, 1), until);
              assertThat(t.postingDate()).isAfter(t.transactionDate()).isBeforeOrEqualTo(until);
            });
    assertThat(transactions.get(0).transactionDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(transactions.get(transactions.size() - 1).transactionDate())
        .isAfter(until.minusDays(7));
  }

  @Test
  void untilOutsideTheYearIsRefused() {
    assertThatThrownBy(() -> new GeneratorSpec(1, 10, 2025, 1, 0, LocalDate.of(2026, 1, 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("until");
  }

  @Test
  void sameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second)
      throws IOException {
    List<GeneratedFile> a = new VcfGenerator(SPEC, MCC).writeFiles(first);
    List<GeneratedFile> b = new VcfGenerator(SPEC, MCC).writeFiles(second);

    assertThat(a).hasSize(2);
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.mismatch(a.get(i).vcfFile(), b.get(i).vcfFile())).isEqualTo(-1);
      assertThat(Files.mismatch(a.get(i).unitsFile(), b.get(i).unitsFile())).isEqualTo(-1);
    }
  }

  @Test
  void differentSeedWritesDifferentFiles() throws IOException {
    GeneratorSpec other = new GeneratorSpec(2, 20_001, 2025, 43, 7);
    StringWriter vcf = new StringWriter();

    new VcfGenerator(other, MCC).writeOrganisation(0, vcf, new StringWriter());

    assertThat(vcf.toString()).isNotEqualTo(file);
  }

  @Test
  void differentSeedGivesOtherCompanyIdsReferencesAndCardNumbers() throws IOException {
    StringWriter vcf = new StringWriter();
    new VcfGenerator(new GeneratorSpec(2, 20_001, 2025, 43, 7), MCC)
        .writeOrganisation(0, vcf, new StringWriter());

    List<String> ours = identifiers(file);
    List<String> theirs = identifiers(vcf.toString());

    assertThat(OrganisationPlan.seedTag(43)).isNotEqualTo(OrganisationPlan.seedTag(42));
    assertThat(theirs).doesNotContainAnyElementsOf(ours);
  }

  /** The header's company id, the card tokens and the transaction references of a file. */
  private static List<String> identifiers(String vcf) throws IOException {
    List<String> identifiers = new java.util.ArrayList<>();
    try (VcfReader reader =
        VcfReader.using(new HmacSha256CardTokenizer(new byte[32])).open(new StringReader(vcf))) {
      identifiers.add(reader.header().companyId());
      reader.forEachRemaining(
          entry -> {
            if (entry instanceof TransactionRecord t) {
              identifiers.add(t.reference());
            } else if (entry instanceof CardAccountRecord c) {
              identifiers.add(c.card().token());
            }
          });
    }
    return identifiers;
  }

  @Test
  void organisationFileDoesNotChangeWhenMoreOrganisationsAreGenerated() throws IOException {
    StringWriter alone = new StringWriter();
    StringWriter withOthers = new StringWriter();

    new VcfGenerator(new GeneratorSpec(1, 500, 2024, 9, 0), MCC)
        .writeOrganisation(0, alone, new StringWriter());
    new VcfGenerator(new GeneratorSpec(3, 1500, 2024, 9, 0), MCC)
        .writeOrganisation(0, withOthers, new StringWriter());

    assertThat(withOthers.toString()).isEqualTo(alone.toString());
  }

  @Test
  void generatedFilePassesValidatorWithRequestedCountsAndMatchingTotals() throws IOException {
    VcfFileSummary summary = VcfValidator.validate(new StringReader(file));

    assertThat(summary.header().companyId())
        .isEqualTo("2" + OrganisationPlan.seedTag(42) + "001")
        .hasSize(10);
    assertThat(summary.records(VcfRecordKind.CARD_TRANSACTION)).isEqualTo(10_001);
    assertThat(contents.transactions()).isEqualTo(SPEC.transactionsOf(0)).isEqualTo(10_001);
    assertThat(summary.controlTotal(VcfRecordKind.CARD_TRANSACTION))
        .isEqualTo(contents.controlTotal());
    assertThat(summary.records(VcfRecordKind.CARDHOLDER)).isEqualTo(contents.cardholders());
    assertThat(summary.records(VcfRecordKind.CARD_ACCOUNT)).isEqualTo(contents.cards());
  }

  @Test
  void badRecordsComeOutAsRecordErrorsAndNothingElseDoes() {
    List<RecordError> errors = only(RecordError.class);

    assertThat(contents.badRecords()).isEqualTo(SPEC.badRecordsOf(0)).isEqualTo(4);
    assertThat(errors).hasSize(4);
    assertThat(errors.stream().filter(e -> e.reason().contains("billing amount")))
        .hasSize((int) contents.nonNumericAmounts());
    assertThat(errors.stream().filter(e -> e.reason().contains("not a known card account")))
        .hasSize((int) contents.unknownAccounts());
    assertThat(only(TransactionRecord.class)).hasSize(10_001 - 4);
  }

  @Test
  void noBadRecordsAskedMeansNoRecordErrors() throws IOException {
    StringWriter vcf = new StringWriter();
    new VcfGenerator(new GeneratorSpec(1, 2_000, 2025, 5, 0), MCC)
        .writeOrganisation(0, vcf, new StringWriter());

    try (VcfReader reader =
        VcfReader.using(new HmacSha256CardTokenizer(new byte[32]))
            .rejectAccountsNotDeclaredInFile()
            .open(new StringReader(vcf.toString()))) {
      assertThat(reader.stream()).noneMatch(RecordError.class::isInstance);
    }
  }

  @Test
  void transactionMixHasRefundsReversalsAndForeignPurchasesInPlausibleShares() {
    List<TransactionRecord> transactions = only(TransactionRecord.class);
    long refunds = transactions.stream().filter(t -> t.kind() == TransactionKind.REFUND).count();
    long reversals =
        transactions.stream().filter(t -> t.kind() == TransactionKind.REVERSAL).count();
    long foreign = transactions.stream().filter(TransactionRecord::isForeignCurrency).count();

    assertThat(refunds).isBetween(100L, 320L);
    assertThat(reversals).isBetween(20L, 100L);
    assertThat(foreign).isBetween(350L, 700L);
    assertThat(transactions)
        .filteredOn(t -> t.direction() == Direction.CREDIT)
        .allSatisfy(t -> assertThat(t.billingAmount().isNegative()).isTrue());
  }

  @Test
  void foreignPurchasesAreBilledInShekelsAtAPlausibleRate() {
    List<TransactionRecord> foreign =
        only(TransactionRecord.class).stream()
            .filter(TransactionRecord::isForeignCurrency)
            .toList();

    assertThat(foreign).isNotEmpty();
    for (TransactionRecord t : foreign) {
      assertThat(t.billingAmount().currency()).isEqualTo(CurrencyUnit.ILS);
      assertThat(t.sourceAmount().currency().alphaCode()).isIn("USD", "EUR", "GBP");
      long ratio = t.billingAmount().minorUnits() * 100 / t.sourceAmount().minorUnits();
      assertThat(ratio).isBetween(340L, 480L);
    }
  }

  @Test
  void amountsAreSkewedWithMostPurchasesModestAndAFewLarge() {
    long[] amounts =
        only(TransactionRecord.class).stream()
            .filter(t -> t.kind() == TransactionKind.PURCHASE)
            .mapToLong(t -> t.billingAmount().minorUnits())
            .sorted()
            .toArray();
    long median = amounts[amounts.length / 2];
    long mean = (long) Arrays.stream(amounts).average().orElseThrow();

    assertThat(median).isBetween(10_000L, 80_000L);
    assertThat(mean).isGreaterThan(median);
    assertThat(amounts[amounts.length - 1]).isGreaterThan(20 * median);
    assertThat(amounts[0]).isGreaterThanOrEqualTo(100);
  }

  @Test
  void everyMccComesFromTheReferenceListAndOfficeTravelFoodAndFuelDominate() {
    List<TransactionRecord> transactions = only(TransactionRecord.class);
    long common =
        transactions.stream()
            .map(TransactionRecord::mcc)
            .filter(
                mcc ->
                    List.of(
                                "5943", "5111", "5044", "5021", "7338", "5812", "5814", "5811",
                                "5462", "5541", "5542", "4511", "4722", "7011")
                            .contains(mcc)
                        || mcc.compareTo("3000") >= 0 && mcc.compareTo("3999") <= 0)
            .count();

    assertThat(transactions).allSatisfy(t -> assertThat(MCC.find(t.mcc())).isPresent());
    assertThat(common).isGreaterThan(transactions.size() / 2);
  }

  @Test
  void cardholdersAreInventedWithExampleInvalidEmailsAndNoNationalId() {
    List<CardholderRecord> cardholders = only(CardholderRecord.class);

    assertThat(cardholders).hasSize(contents.cardholders());
    assertThat(cardholders)
        .allSatisfy(
            c -> {
              assertThat(c.email()).endsWith("@example.invalid");
              assertThat(c.nationalId()).isEmpty();
              assertThat(c.hierarchyNode()).matches("M001-D[0-9]+-U[0-9]+");
            });
  }

  @Test
  void cardsUseTheTestPrefixAndPassLuhn() {
    assertThat(only(CardAccountRecord.class)).hasSize(contents.cards());
    assertThat(file.lines().filter(line -> line.startsWith("4\tCH-")))
        .allSatisfy(line -> assertThat(line.split("\t")[2]).startsWith("458000"));
  }

  @Test
  void unitsFileListsMinistryDivisionsAndUnits() throws IOException {
    StringWriter units = new StringWriter();
    new VcfGenerator(SPEC, MCC).writeOrganisation(1, new StringWriter(), units);

    List<String> lines = units.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("code\tparent_code\tlevel\tname");
    assertThat(lines.get(1)).isEqualTo("M002\t\t0\tMinistry of Education");
    assertThat(lines).anyMatch(line -> line.startsWith("M002-D1\tM002\t1\t"));
    assertThat(lines).anyMatch(line -> line.startsWith("M002-D1-U1\tM002-D1\t2\t"));
  }

  @Test
  void fileIsAsciiTabSeparatedWithLfEndings() {
    assertThat(file).doesNotContain("\r");
    assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(file)).isTrue();
  }

  @Test
  void specRefusesMoreBadRecordsThanTransactions() {
    assertThatThrownBy(() -> new GeneratorSpec(1, 10, 2025, 1, 11))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeneratorSpec(0, 10, 2025, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void transactionsAndBadRecordsAreSharedOutWithoutLosingAny() {
    GeneratorSpec spec = new GeneratorSpec(3, 10, 2025, 1, 4);

    assertThat(spec.transactionsOf(0) + spec.transactionsOf(1) + spec.transactionsOf(2))
        .isEqualTo(10);
    assertThat(spec.badRecordsOf(0) + spec.badRecordsOf(1) + spec.badRecordsOf(2)).isEqualTo(4);
  }

  private static <T> List<T> only(Class<T> type) {
    return entries.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
