package il.gov.cal.core.importing.generator;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.core.importing.api.ImportClient;
import il.gov.cal.core.merchant.MccDirectory;
import il.gov.cal.core.platform.RunningCore;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.security.identity.Role;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample organisation's units created from its units file through the API, then its issuer file
 * imported: cardholders land in the leaf units of a ministry, division, unit tree, and the import
 * adds no unit of its own.
 */
class SampleUnitsIT {

  @Test
  void unitsFileBuildsTheTreeTheIssuerFileThenFillsWithCardholders(@TempDir Path directory)
      throws Exception {
    GeneratedFile generated = generate(directory, 600);
    long organisation = register(generated, "S");
    String orgAdmin = RunningCore.token(organisation, Role.ORG_ADMIN);

    int created =
        SampleUnitsCommand.createUnits(
            RunningCore.server().baseUrl() + "/core", orgAdmin, generated.unitsFile());
    long nextOrganisationId = nextId("organisation");
    long nextUnitId = nextId("unit");
    JsonObject imported = ImportClient.importFile(Files.readAllBytes(generated.vcfFile()));

    assertThat(imported.getString("state")).isEqualTo("COMPLETED");
    // Regression: the import found the registered organisation and its units, yet its ignored
    // inserts used up ids, so the sample's organisations were 1, 3 and 5 instead of 1, 2 and 3.
    assertThat(nextId("organisation")).isEqualTo(nextOrganisationId);
    assertThat(nextId("unit")).isEqualTo(nextUnitId);
    assertThat(imported.getJsonNumber("organisationId").longValue()).isEqualTo(organisation);
    assertThat(created).isEqualTo(generated.contents().units());
    assertThat(count("SELECT COUNT(*) FROM unit WHERE org_id = ?", organisation))
        .isEqualTo(created);
    assertThat(count("SELECT COUNT(*) FROM unit WHERE org_id = ? AND depth = 0", organisation))
        .isEqualTo(1);
    assertThat(cardholderUnitDepths(organisation)).isNotEmpty().containsOnly(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM cardholder h JOIN unit u ON u.id = h.unit_id"
                    + " JOIN unit d ON d.id = u.parent_id JOIN unit m ON m.id = d.parent_id"
                    + " WHERE h.org_id = ? AND m.depth = 0 AND u.path LIKE CONCAT(m.path, '%')",
                organisation))
        .isEqualTo(generated.contents().cardholders());
  }

  @Test
  void withBudgetsEveryUnitGetsItsYearlyBudgetByLevel(@TempDir Path directory) throws Exception {
    GeneratedFile generated = generate(directory, 50);
    long organisation = register(generated, "B");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status =
        SampleUnitsCommand.run(
            new String[] {
              "--url",
              RunningCore.server().baseUrl() + "/core",
              "--token",
              RunningCore.token(organisation, Role.ORG_ADMIN),
              "--budgets",
              RunningCore.token(organisation, Role.FINANCE_MANAGER),
              "2025",
              generated.unitsFile().toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);

    int units = generated.contents().units();
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("units=" + units, "budgets=" + units);
    String byDepth =
        "SELECT COUNT(*) FROM budget b JOIN unit u ON u.id = b.unit_id WHERE b.org_id = ?"
            + " AND b.fiscal_year = 2025 AND b.fiscal_month IS NULL AND b.currency = 'ILS'"
            + " AND u.depth = %d AND b.allocated_minor = %d";
    long ministries = count(String.format(byDepth, 0, 25_000_000_00L), organisation);
    long divisions = count(String.format(byDepth, 1, 6_000_000_00L), organisation);
    long leaves = count(String.format(byDepth, 2, 1_500_000_00L), organisation);
    assertThat(ministries).isEqualTo(1);
    assertThat(ministries + divisions + leaves).isEqualTo(units);
    assertThat(count("SELECT COUNT(*) FROM budget WHERE org_id = ?", organisation))
        .isEqualTo(units);
  }

  private static GeneratedFile generate(Path directory, long transactions) throws Exception {
    return new VcfGenerator(
            new GeneratorSpec(1, transactions, 2025, System.nanoTime(), 0), MccDirectory.load())
        .writeFiles(directory)
        .get(0);
  }

  /** Registers the generated file's organisation under code {@code <prefix><company id>}. */
  private static long register(GeneratedFile generated, String prefix) throws Exception {
    String companyId = generated.contents().companyId();
    return CoreClient.platformAdmin()
        .post(
            "/organisations",
            "{\"code\":\""
                + prefix
                + companyId
                + "\",\"name\":\"Sample "
                + companyId
                + "\",\"issuerCompanyId\":\""
                + companyId
                + "\"}")
        .expect(201)
        .getJsonNumber("id")
        .longValue();
  }

  /** The id the table's next row will get. */
  private static long nextId(String table) throws Exception {
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement s =
            c.prepareStatement(
                "SELECT AUTO_INCREMENT FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = 'cal_core' AND TABLE_NAME = ?")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long count(String sql, long organisation) throws Exception {
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, organisation);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static List<Integer> cardholderUnitDepths(long organisation) throws Exception {
    String sql =
        "SELECT DISTINCT u.depth FROM cardholder h JOIN unit u ON u.id = h.unit_id"
            + " WHERE h.org_id = ?";
    List<Integer> depths = new ArrayList<>();
    try (Connection c = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, organisation);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          depths.add(rs.getInt(1));
        }
      }
    }
    return depths;
  }
}
