package il.gov.cal.core.importing.generator;

import il.gov.cal.core.merchant.MccDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Command line for {@link VcfGenerator}: writes test issuer files and prints what it wrote.
 *
 * <pre>
 * GenerateCommand --orgs N --transactions M --year Y --seed S --bad K [--until YYYY-MM-DD] \
 *     --out DIR
 * </pre>
 *
 * With {@code --until}, purchases fall between 1 January and that day, posted by it at the latest.
 * Defaults: 1 organisation, 1000 transactions, year 2025, seed 1, no bad records, directory {@code
 * target/generated-vcf}. Exits with 0 on success, 2 on a usage error, 1 if writing fails.
 */
public final class GenerateCommand {

  private static final String USAGE =
      "usage: GenerateCommand --orgs N --transactions M --year Y --seed S --bad K"
          + " [--until YYYY-MM-DD] --out DIR";

  private GenerateCommand() {}

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command, printing to {@code out} and {@code err}; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    int organisations = 1;
    long transactions = 1000;
    int year = 2025;
    long seed = 1;
    long bad = 0;
    LocalDate until = null;
    Path directory = Path.of("target", "generated-vcf");
    GeneratorSpec spec;
    try {
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--orgs" -> organisations = Integer.parseInt(value);
          case "--transactions" -> transactions = Long.parseLong(value);
          case "--year" -> year = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--bad" -> bad = Long.parseLong(value);
          case "--until" -> until = LocalDate.parse(value);
          case "--out" -> directory = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      spec = new GeneratorSpec(organisations, transactions, year, seed, bad, until);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }

    long started = System.nanoTime();
    List<GeneratedFile> files;
    try {
      files = new VcfGenerator(spec, MccDirectory.load()).writeFiles(directory);
    } catch (IOException e) {
      err.println("cannot write to " + directory + ": " + e.getMessage());
      return 1;
    }
    long elapsedMillis = Math.max(1, (System.nanoTime() - started) / 1_000_000);

    for (GeneratedFile file : files) {
      GeneratedOrganisation c = file.contents();
      out.printf(
          "%s company=%s cardholders=%d cards=%d transactions=%d bad=%d%n",
          file.vcfFile(),
          c.companyId(),
          c.cardholders(),
          c.cards(),
          c.transactions(),
          c.badRecords());
      out.printf("%s units=%d%n", file.unitsFile(), c.units());
    }
    out.printf(
        "wrote %d transactions in %d ms (%d per second)%n",
        transactions, elapsedMillis, transactions * 1000 / elapsedMillis);
    return 0;
  }
}
