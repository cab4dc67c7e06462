package il.gov.cal.core.importing.generator;

import il.gov.cal.core.importing.generator.OrganisationPlan.Card;
import il.gov.cal.core.importing.generator.OrganisationPlan.Cardholder;
import il.gov.cal.core.importing.generator.OrganisationPlan.Unit;
import il.gov.cal.core.importing.vcf.VcfField;
import il.gov.cal.core.importing.vcf.VcfRecordKind;
import il.gov.cal.core.merchant.MccDirectory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes synthetic but realistic VCF 4.0 issuer files: one transmission per organisation, since a
 * transmission header names exactly one company and the import maps a file to one organisation.
 * Each file holds a cardholder block (type 4), a card account block (type 3) and a transaction
 * block (type 5), with trailers whose counts and control totals match.
 *
 * <p>Deterministic: each organisation draws from its own generator seeded from the spec's seed and
 * its index, so the same spec gives byte-identical files, and organisation 3's file does not change
 * when more organisations are asked for. The seed also picks the run's identifiers (company ids,
 * transaction references, card numbers), so files of two seeds can be imported side by side.
 * Streaming: transactions are written as they are drawn; memory holds the organisation's plan
 * (units, cardholders, cards, merchants), never its transactions.
 *
 * <p>All data is invented: card numbers pass the Luhn check but lie under the test prefix 458000,
 * e-mail addresses are under {@code example.invalid}, phone numbers use the 555 exchange, and no
 * national id is written.
 */
public final class VcfGenerator {

  private final GeneratorSpec spec;
  private final MccDirectory mccDirectory;

  /** A generator for {@code spec}, drawing merchant category codes from {@code mccDirectory}. */
  public VcfGenerator(GeneratorSpec spec, MccDirectory mccDirectory) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.mccDirectory = Objects.requireNonNull(mccDirectory, "mccDirectory");
  }

  /**
   * Writes every organisation's files into {@code directory}, creating it if needed: {@code
   * vcf40-<companyId>-<year>.tsv} and {@code units-<companyId>.tsv}. Existing files of the same
   * names are replaced.
   */
  public List<GeneratedFile> writeFiles(Path directory) throws IOException {
    Files.createDirectories(directory);
    List<GeneratedFile> files = new ArrayList<>();
    for (int organisation = 0; organisation < spec.organisations(); organisation++) {
      String companyId =
          OrganisationPlan.companyId(OrganisationPlan.seedTag(spec.seed()), organisation);
      Path vcfFile = directory.resolve("vcf40-" + companyId + "-" + spec.year() + ".tsv");
      Path unitsFile = directory.resolve("units-" + companyId + ".tsv");
      GeneratedOrganisation contents;
      try (Writer vcf = open(vcfFile);
          Writer units = open(unitsFile)) {
        contents = writeOrganisation(organisation, vcf, units);
      }
      files.add(new GeneratedFile(vcfFile, unitsFile, contents));
    }
    return files;
  }

  /**
   * Writes organisation {@code organisation}'s (0-based) VCF file to {@code vcf} and its unit
   * hierarchy to {@code units}. Neither writer is closed.
   */
  public GeneratedOrganisation writeOrganisation(int organisation, Writer vcf, Writer units)
      throws IOException {
    if (organisation < 0 || organisation >= spec.organisations()) {
      throw new IllegalArgumentException("no organisation " + organisation + " in the spec");
    }
    SplittableRandom random = new SplittableRandom(organisationSeed(organisation));
    long transactions = spec.transactionsOf(organisation);
    OrganisationPlan plan =
        OrganisationPlan.draw(
            organisation,
            OrganisationPlan.seedTag(spec.seed()),
            transactions,
            spec.year(),
            random.split(),
            mccDirectory);
    writeUnits(plan, units);

    VcfLineWriter out = new VcfLineWriter(vcf);
    LocalDate processed = LocalDate.of(spec.year() + 1, 1, 5);
    writeControl(out, VcfRecordKind.TRANSMISSION_HEADER, plan, processed, 0, 0, 0);
    writeCardholders(out, plan, processed);
    writeCards(out, plan, processed);

    writeControl(out, VcfRecordKind.BLOCK_HEADER, plan, processed, 5, 0, 0);
    TransactionBlockWriter block =
        new TransactionBlockWriter(
            plan,
            random.split(),
            out,
            spec.year(),
            spec.purchaseDays(LocalDate.of(spec.year(), 1, 1).lengthOfYear()));
    block.write(transactions, spec.badRecordsOf(organisation));
    writeControl(
        out, VcfRecordKind.BLOCK_TRAILER, plan, processed, 5, transactions, block.controlTotal);

    writeControl(out, VcfRecordKind.TRANSMISSION_TRAILER, plan, processed, 0, 0, 0);
    vcf.flush();
    units.flush();
    return new GeneratedOrganisation(
        plan.companyId,
        plan.name,
        plan.units.size(),
        plan.cardholders.size(),
        plan.cards.size(),
        transactions,
        block.nonNumericAmounts + block.unknownAccounts,
        block.nonNumericAmounts,
        block.unknownAccounts,
        block.refunds,
        block.reversals,
        block.foreignCurrency,
        block.controlTotal);
  }

  private long organisationSeed(int organisation) {
    return spec.seed() ^ (0x9E3779B97F4A7C15L * (organisation + 1));
  }

  private void writeCardholders(VcfLineWriter out, OrganisationPlan plan, LocalDate processed)
      throws IOException {
    writeControl(out, VcfRecordKind.BLOCK_HEADER, plan, processed, 4, 0, 0);
    for (Cardholder holder : plan.cardholders) {
      out.start(VcfRecordKind.CARDHOLDER);
      out.set(VcfField.CARDHOLDER_COMPANY_ID, plan.companyId);
      out.set(VcfField.CARDHOLDER_CARDHOLDER_ID, holder.id());
      out.set(VcfField.CARDHOLDER_HIERARCHY_NODE, holder.unitCode());
      out.set(VcfField.CARDHOLDER_FIRST_NAME, holder.firstName());
      out.set(VcfField.CARDHOLDER_LAST_NAME, holder.lastName());
      out.set(VcfField.CARDHOLDER_ADDRESS_LINE_1, holder.addressLine());
      out.set(VcfField.CARDHOLDER_CITY, holder.city());
      out.set(VcfField.CARDHOLDER_COUNTRY, "376");
      out.set(VcfField.CARDHOLDER_POSTAL_CODE, holder.postalCode());
      out.set(VcfField.CARDHOLDER_PHONE, holder.phone());
      out.set(VcfField.CARDHOLDER_EMAIL, holder.email());
      out.set(VcfField.CARDHOLDER_EMPLOYEE_ID, holder.employeeId());
      out.end();
    }
    writeControl(out, VcfRecordKind.BLOCK_TRAILER, plan, processed, 4, plan.cardholders.size(), 0);
  }

  private void writeCards(VcfLineWriter out, OrganisationPlan plan, LocalDate processed)
      throws IOException {
    writeControl(out, VcfRecordKind.BLOCK_HEADER, plan, processed, 3, 0, 0);
    for (Card card : plan.cards) {
      out.start(VcfRecordKind.CARD_ACCOUNT);
      out.set(VcfField.ACCOUNT_CARDHOLDER_ID, card.holder().id());
      out.set(VcfField.ACCOUNT_ACCOUNT_NUMBER, card.pan());
      out.set(VcfField.ACCOUNT_HIERARCHY_NODE, card.holder().unitCode());
      out.set(VcfField.ACCOUNT_EFFECTIVE_DATE, LocalDate.of(spec.year(), 1, 1));
      out.set(VcfField.ACCOUNT_OPEN_DATE, card.openDate());
      out.set(VcfField.ACCOUNT_CLOSE_DATE, "0");
      out.set(VcfField.ACCOUNT_EXPIRY_DATE, "0");
      out.set(VcfField.ACCOUNT_CARD_TYPE, "1");
      out.set(VcfField.ACCOUNT_SPENDING_LIMIT, "0");
      out.set(VcfField.ACCOUNT_STATEMENT_TYPE, "3");
      out.set(VcfField.ACCOUNT_LAST_REVISION_DATE, "0");
      out.set(VcfField.ACCOUNT_TRANSACTION_SPENDING_LIMIT, "0");
      out.set(VcfField.ACCOUNT_CORPORATION_PAYMENT_INDICATOR, "0");
      out.set(VcfField.ACCOUNT_COST_CENTRE, "CC-" + card.holder().unitCode());
      out.end();
    }
    writeControl(out, VcfRecordKind.BLOCK_TRAILER, plan, processed, 3, plan.cards.size(), 0);
  }

  /** Writes a control record; {@code blockType}, count and total apply to block records only. */
  private static void writeControl(
      VcfLineWriter out,
      VcfRecordKind kind,
      OrganisationPlan plan,
      LocalDate processed,
      int blockType,
      long count,
      long total)
      throws IOException {
    out.start(kind);
    switch (kind) {
      case TRANSMISSION_HEADER -> {
        out.set(VcfField.HEADER_COMPANY_ID, plan.companyId);
        out.set(VcfField.HEADER_SEQUENCE, "1");
        out.set(VcfField.HEADER_PROCESSING_DATE, processed);
        out.set(VcfField.HEADER_VERSION, "4.0");
      }
      case BLOCK_HEADER -> {
        out.set(VcfField.BLOCK_HEADER_COMPANY_ID, plan.companyId);
        out.set(VcfField.BLOCK_HEADER_SEQUENCE, "1");
        out.set(VcfField.BLOCK_HEADER_PROCESSING_DATE, processed);
        out.set(VcfField.BLOCK_HEADER_RECORD_TYPE, blockType);
        out.set(VcfField.BLOCK_HEADER_VERSION, "4.0");
      }
      case BLOCK_TRAILER -> {
        out.set(VcfField.BLOCK_TRAILER_COMPANY_ID, plan.companyId);
        out.set(VcfField.BLOCK_TRAILER_SEQUENCE, "1");
        out.set(VcfField.BLOCK_TRAILER_PROCESSING_DATE, processed);
        out.set(VcfField.BLOCK_TRAILER_RECORD_TYPE, blockType);
        out.set(VcfField.BLOCK_TRAILER_RECORD_COUNT, count);
        out.set(VcfField.BLOCK_TRAILER_CONTROL_TOTAL, total);
        out.set(VcfField.BLOCK_TRAILER_VERSION, "4.0");
      }
      case TRANSMISSION_TRAILER -> {
        out.set(VcfField.TRAILER_COMPANY_ID, plan.companyId);
        out.set(VcfField.TRAILER_SEQUENCE, "1");
        out.set(VcfField.TRAILER_PROCESSING_DATE, processed);
        out.set(VcfField.TRAILER_VERSION, "4.0");
      }
      default -> throw new IllegalArgumentException(kind + " is not a control record");
    }
    out.end();
  }

  private static void writeUnits(OrganisationPlan plan, Writer units) throws IOException {
    units.write("code\tparent_code\tlevel\tname\n");
    for (Unit unit : plan.units) {
      units.write(
          unit.code() + "\t" + unit.parentCode() + "\t" + unit.level() + "\t" + unit.name() + "\n");
    }
  }

  private static Writer open(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }
}
