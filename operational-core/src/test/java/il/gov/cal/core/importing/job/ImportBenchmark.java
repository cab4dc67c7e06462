package il.gov.cal.core.importing.job;

import il.gov.cal.core.card.persistence.IssuerTokenEncryptionMigration;
import il.gov.cal.core.card.persistence.IssuerTokens;
import il.gov.cal.core.importing.generator.GeneratedOrganisation;
import il.gov.cal.core.importing.generator.GeneratorSpec;
import il.gov.cal.core.importing.generator.VcfGenerator;
import il.gov.cal.core.importing.vcf.HmacSha256CardTokenizer;
import il.gov.cal.core.importing.vcf.VcfReader;
import il.gov.cal.core.importing.vcf.VcfValidator;
import il.gov.cal.core.merchant.MccDirectory;
import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.security.crypto.BlindIndex;
import il.gov.cal.security.crypto.EncryptionSdkFieldCipher;
import il.gov.cal.security.crypto.LocalKeyringProvider;
import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Measures the import's throughput against a real MariaDB, and compares it with the server's bulk
 * loader: {@code java ... ImportBenchmark [transactions]} (default 1,000,000), what {@code
 * ./platform bench import} runs. Not part of the test suite.
 *
 * <p>It generates one organisation's file, then runs the job's own code outside the server: the
 * validation pass, then the reader, {@link RecordTranslation} and {@link IssuerRecordWriter}'s
 * chunk logic with the job's chunk size, one transaction per chunk. The baseline exports the stored
 * transactions to a tab-separated file and times {@code LOAD DATA LOCAL INFILE} of it into a copy
 * of the table (same unique key): the fastest way the database itself can take those rows. The
 * server's batch runtime (checkpoint rows per chunk) is not in the measurement. Last, the same file
 * is applied again as a new import of the same organisation, as a re-sent file would be: it must
 * add no transaction and count every one as a duplicate, which the run checks and prints.
 */
public final class ImportBenchmark {

  private static final int CHUNK = 2000;

  private ImportBenchmark() {}

  /** Runs the benchmark and prints a table. */
  public static void main(String[] args) throws Exception {
    long transactions = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    EmbeddedDatabase db = TestStack.database();
    Path dir = Files.createTempDirectory("cal-bench-");
    Path keys = Files.createDirectories(dir.resolve("keys"));
    IssuerTokens tokens =
        new IssuerTokens(
            new EncryptionSdkFieldCipher(LocalKeyringProvider.open(keys)),
            BlindIndex.fromKeyDirectory(keys));
    Flyway.configure()
        .dataSource(db.jdbcUrl("cal_core"), "cal_admin", EmbeddedDatabase.LOCAL_PASSWORD)
        .locations("classpath:db/core")
        .javaMigrations(new IssuerTokenEncryptionMigration(tokens))
        .load()
        .migrate();
    Path file = dir.resolve("bench.tsv");

    long t0 = System.nanoTime();
    GeneratedOrganisation generated = generate(file, transactions);
    long generatedAt = System.nanoTime();
    String url = db.jdbcUrl("cal_core") + "&allowLoadLocalInfile=true";
    try (Connection c = DriverManager.getConnection(url, "cal_admin", "local-only")) {
      long records = generated.cardholders() + generated.cards() + generated.transactions();
      long validateStart = System.nanoTime();
      try (var in = Files.newInputStream(file)) {
        VcfValidator.validate(in, StandardCharsets.UTF_8);
      }
      long applyStart = System.nanoTime();
      long importId =
          insert(
              c,
              "INSERT INTO import_job (file_name, stored_at, sha256, state)"
                  + " VALUES ('bench.tsv', 'local:bench', REPEAT('0', 64), 'IMPORTING')");
      long organisationId =
          insert(
              c,
              "INSERT INTO organisation (code, name) VALUES ('B"
                  + System.nanoTime() % 1_000_000_000
                  + "', 'Benchmark')");
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      ImportCounts counts = apply(c, file, importId, organisationId, key, tokens);
      long applyEnd = System.nanoTime();
      long loadRows = exportTransactions(c, dir.resolve("rows.tsv"), importId);
      long loadStart = System.nanoTime();
      loadData(c, dir.resolve("rows.tsv"));
      long loadEnd = System.nanoTime();
      long storedBefore = count(c, "SELECT COUNT(*) FROM card_transaction");
      long resendId =
          insert(
              c,
              "INSERT INTO import_job (file_name, stored_at, sha256, state)"
                  + " VALUES ('bench.tsv', 'local:bench', REPEAT('0', 64), 'IMPORTING')");
      long resendStart = System.nanoTime();
      ImportCounts resent = apply(c, file, resendId, organisationId, key, tokens);
      long resendEnd = System.nanoTime();
      long added = count(c, "SELECT COUNT(*) FROM card_transaction") - storedBefore;

      double validate = seconds(validateStart, applyStart);
      double applyTime = seconds(applyStart, applyEnd);
      double load = seconds(loadStart, loadEnd);
      System.out.printf("generated %,d records in %.1f s%n", records, seconds(t0, generatedAt));
      System.out.printf("%-34s %12s %9s %12s%n", "phase", "records", "seconds", "records/s");
      row("validate (pass 1)", records, validate);
      row("read + apply (pass 2)", counts.read(), applyTime);
      row("import total", records, validate + applyTime);
      row("LOAD DATA LOCAL INFILE (baseline)", loadRows, load);
      row("same file again (re-sent)", resent.read(), seconds(resendStart, resendEnd));
      System.out.printf(
          "accepted %,d rejected %,d duplicates %,d; import / LOAD DATA = %.2fx%n",
          counts.accepted(), counts.rejected(), counts.duplicates(), (validate + applyTime) / load);
      System.out.printf(
          "re-sent: duplicates %,d of %,d transactions, %,d transactions added%n",
          resent.duplicates(), loadRows, added);
      if (added != 0 || resent.duplicates() != loadRows) {
        System.out.println("FAILED: the re-sent file changed the stored transactions");
        System.exit(1);
      }
    } finally {
      Files.deleteIfExists(dir.resolve("rows.tsv"));
      Files.deleteIfExists(file);
      try (var keyFiles = Files.list(keys)) {
        for (Path key : keyFiles.toList()) {
          Files.delete(key);
        }
      }
      Files.deleteIfExists(keys);
      Files.deleteIfExists(dir);
    }
    System.exit(0);
  }

  private static GeneratedOrganisation generate(Path file, long transactions) throws Exception {
    int organisation = new SecureRandom().nextInt(900) + 50;
    int organisations = organisation + 1;
    GeneratorSpec spec =
        new GeneratorSpec(organisations, transactions * organisations, 2025, 7, organisations);
    try (Writer vcf = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return new VcfGenerator(spec, MccDirectory.load())
          .writeOrganisation(organisation, vcf, Writer.nullWriter());
    }
  }

  private static ImportCounts apply(
      Connection c, Path file, long importId, long organisationId, byte[] key, IssuerTokens tokens)
      throws Exception {
    RecordTranslation translation = new RecordTranslation(MccDirectory.load());
    MasterData masterData = new MasterData(organisationId, tokens);
    ImportJobs imports = new ImportJobs();
    ImportCounts total = ImportCounts.NONE;
    c.setAutoCommit(false);
    try (VcfReader reader =
        VcfReader.using(new HmacSha256CardTokenizer(key))
            .open(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      List<Object> chunk = new ArrayList<>(CHUNK);
      while (reader.hasNext()) {
        chunk.add(translation.translate(reader.next()));
        if (chunk.size() == CHUNK || !reader.hasNext()) {
          IssuerRecordWriter.ChunkResult result =
              IssuerRecordWriter.apply(c, importId, masterData, chunk, "card_transaction");
          imports.addRejections(c, importId, result.rejections());
          imports.addCounts(c, importId, result.counts());
          c.commit();
          total = total.plus(result.counts());
          chunk.clear();
        }
      }
    }
    c.setAutoCommit(true);
    return total;
  }

  private static long exportTransactions(Connection c, Path target, long importId)
      throws Exception {
    String select =
        "SELECT org_id, card_id, issuer_ref, kind, type_code, transaction_date, posting_date,"
            + " original_amount_minor, original_currency, billing_amount_minor, billing_currency,"
            + " merchant_name, IFNULL(merchant_city, ''), IFNULL(merchant_country, ''), mcc,"
            + " IFNULL(mcc_description, ''), status, import_id FROM card_transaction"
            + " WHERE import_id = "
            + importId;
    long rows = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(select);
        BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      while (rs.next()) {
        for (int i = 1; i <= 18; i++) {
          if (i > 1) {
            out.write('\t');
          }
          out.write(rs.getString(i).replace("\t", " ").replace("\\", "\\\\"));
        }
        out.write('\n');
        rows++;
      }
    }
    return rows;
  }

  private static void loadData(Connection c, Path rows) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS card_transaction_copy");
      s.execute("CREATE TABLE card_transaction_copy LIKE card_transaction");
      s.execute(
          "LOAD DATA LOCAL INFILE '"
              + rows.toAbsolutePath()
              + "' IGNORE INTO TABLE card_transaction_copy (org_id, card_id, issuer_ref, kind,"
              + " type_code, transaction_date, posting_date, original_amount_minor,"
              + " original_currency, billing_amount_minor, billing_currency, merchant_name,"
              + " merchant_city, merchant_country, mcc, mcc_description, status, import_id)");
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long insert(Connection c, String sql) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void row(String phase, long records, double seconds) {
    System.out.printf("%-34s %,12d %9.1f %,12.0f%n", phase, records, seconds, records / seconds);
  }

  private static double seconds(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1e9;
  }
}
