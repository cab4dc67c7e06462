package il.gov.cal.core.importing.job;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.importing.api.ImportClient;
import il.gov.cal.core.importing.generator.GeneratedOrganisation;
import il.gov.cal.core.importing.generator.GeneratorSpec;
import il.gov.cal.core.importing.generator.VcfGenerator;
import il.gov.cal.core.merchant.MccDirectory;
import il.gov.cal.core.platform.RunningCore;
import il.gov.cal.localstack.LibertyServer;
import il.gov.cal.localstack.TestStack;
import jakarta.json.JsonObject;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Kills the server with SIGKILL in the middle of an import and starts it again: the import must
 * resume by itself and end with the totals of an uninterrupted run, every record counted once.
 */
class ImportCrashRecoveryIT {

  private static final long TRANSACTIONS = 100_000;
  private static final long BAD_RECORDS = 20;

  @Test
  void importKilledMidwayResumesAfterRestartWithTheSameTotalsAndNoDuplicates() throws Exception {
    LibertyServer server = RunningCore.server();
    Path file = Files.createTempFile(Path.of("target"), "crash-", ".tsv");
    GeneratedOrganisation generated = generate(file);
    long records = generated.cardholders() + generated.cards() + generated.transactions();

    HttpResponse<String> upload = ImportClient.upload(file);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
    String location = upload.headers().firstValue("Location").orElseThrow();
    long readWhenKilled = awaitPartlyImported(location, records);
    server.kill();
    server.start();
    JsonObject view = ImportClient.awaitFinal(location);

    assertThat(readWhenKilled).isPositive().isLessThan(records);
    assertThat(view.getString("state")).isEqualTo("COMPLETED");
    assertThat(view.getJsonNumber("recordsTotal").longValue()).isEqualTo(records);
    assertThat(view.getJsonNumber("recordsRead").longValue()).isEqualTo(records);
    assertThat(view.getJsonNumber("rejected").longValue()).isEqualTo(generated.badRecords());
    assertThat(view.getJsonNumber("duplicates").longValue()).isZero();
    assertThat(view.getJsonNumber("accepted").longValue())
        .isEqualTo(records - generated.badRecords());
    long importId = view.getJsonNumber("id").longValue();
    assertThat(count("SELECT COUNT(*) FROM card_transaction WHERE import_id = ?", importId))
        .isEqualTo(generated.transactions() - generated.badRecords());
    assertThat(count("SELECT COUNT(*) FROM import_rejection WHERE import_id = ?", importId))
        .isEqualTo(generated.badRecords());
    Files.deleteIfExists(file);
  }

  /**
   * One organisation's file of about {@link #TRANSACTIONS} transactions. The organisation index is
   * drawn at random (the generator fixes company ids, card numbers and references by index), so
   * that its rows are new to a database other tests also import generated files into.
   */
  private static GeneratedOrganisation generate(Path file) throws Exception {
    int organisation = ThreadLocalRandom.current().nextInt(400, 990);
    int organisations = organisation + 1;
    GeneratorSpec spec =
        new GeneratorSpec(
            organisations, TRANSACTIONS * organisations, 2025, 42, BAD_RECORDS * organisations);
    VcfGenerator generator = new VcfGenerator(spec, MccDirectory.load());
    try (Writer vcf = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Writer units = Writer.nullWriter()) {
      return generator.writeOrganisation(organisation, vcf, units);
    }
  }

  private static long awaitPartlyImported(String location, long records) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonObject view = ImportClient.get(location);
      long read = view.getJsonNumber("recordsRead").longValue();
      if (read > 0 && read < records / 2) {
        return read;
      }
      assertThat(view.getString("state")).isNotIn("COMPLETED", "REJECTED", "FAILED");
      Thread.sleep(50);
    }
    throw new AssertionError("the import never got under way");
  }

  private static long count(String select, long importId) throws Exception {
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement s = c.prepareStatement(select)) {
      s.setLong(1, importId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
