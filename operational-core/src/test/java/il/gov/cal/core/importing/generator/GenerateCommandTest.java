package il.gov.cal.core.importing.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void writesOneVcfAndOneUnitsFilePerOrganisationAndPrintsThem(@TempDir Path directory) {
    int status =
        run(
            "--orgs",
            "2",
            "--transactions",
            "300",
            "--year",
            "2024",
            "--seed",
            "3",
            "--bad",
            "2",
            "--out",
            directory.toString());

    String first = OrganisationPlan.companyId(OrganisationPlan.seedTag(3), 0);
    String second = OrganisationPlan.companyId(OrganisationPlan.seedTag(3), 1);
    assertThat(status).isZero();
    assertThat(directory.resolve("vcf40-" + first + "-2024.tsv")).isRegularFile();
    assertThat(directory.resolve("vcf40-" + second + "-2024.tsv")).isRegularFile();
    assertThat(directory.resolve("units-" + second + ".tsv")).isRegularFile();
    assertThat(printed(out))
        .contains("vcf40-" + first + "-2024.tsv company=" + first)
        .contains("transactions=150 bad=1")
        .contains("wrote 300 transactions");
  }

  @Test
  void unknownOptionIsAUsageError(@TempDir Path directory) {
    assertThat(run("--organisations", "2", "--out", directory.toString())).isEqualTo(2);
    assertThat(printed(err)).contains("unknown option --organisations").contains("usage:");
  }

  @Test
  void badCountAboveTransactionsIsAUsageError(@TempDir Path directory) throws Exception {
    assertThat(run("--transactions", "5", "--bad", "6", "--out", directory.toString()))
        .isEqualTo(2);
    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void optionWithoutValueIsAUsageError() {
    assertThat(run("--seed")).isEqualTo(2);
    assertThat(printed(err)).contains("--seed needs a value");
  }

  private int run(String... args) {
    return GenerateCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String printed(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
