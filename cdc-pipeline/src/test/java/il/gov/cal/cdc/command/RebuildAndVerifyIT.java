package il.gov.cal.cdc.command;

import static il.gov.cal.cdc.TestEnvironment.count;
import static il.gov.cal.cdc.TestEnvironment.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import il.gov.cal.cdc.ChangeStream;
import il.gov.cal.cdc.CoreData;
import il.gov.cal.cdc.TestEnvironment;
import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.engine.Pipeline;
import il.gov.cal.cdc.search.SearchHttp;
import il.gov.cal.cdc.search.SearchIndices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RebuildAndVerifyIT {

  private final ByteArrayOutputStream report = new ByteArrayOutputStream();

  @BeforeEach
  void resetStack() throws Exception {
    TestEnvironment.resetAll();
    CoreData.seed();
    sql("cal_core", CoreData.transaction(1, 100), CoreData.transaction(2, 200));
  }

  private int verify(PipelineConfig config) throws Exception {
    report.reset();
    return new OdsVerifyCommand(config, new PrintStream(report, true, StandardCharsets.UTF_8))
        .run(List.of());
  }

  @Test
  void verifyReportsDifferenceWhenOdsAndIndexDriftFromSource() throws Exception {
    PipelineConfig config = TestEnvironment.coreConfig();
    try (Pipeline pipeline = new Pipeline(config).start()) {
      await().atMost(Duration.ofSeconds(60)).until(() -> verify(config) == 0);
      pipeline.close();
      sql("cal_ods", "UPDATE ods_transaction SET status = 'TAMPERED' WHERE id = 1");
      TestEnvironment.http().send("DELETE", "/cal-transactions/_doc/2?refresh=true", null, null);

      assertThat(verify(config)).isEqualTo(2);
      assertThat(report.toString(StandardCharsets.UTF_8))
          .contains("ods_transaction", "different=1", "cal-transactions", "missing=1");
    }
  }

  @Test
  void rebuildUnderLoadSwitchesAliasToNewVersionAndMissesNoChange() throws Exception {
    PipelineConfig config = TestEnvironment.coreConfig();
    try (Pipeline pipeline = new Pipeline(config).start()) {
      await().atMost(Duration.ofSeconds(60)).until(() -> count("cal-transactions") == 2);
      ChangeStream stream = new ChangeStream(1_000, 60, 40, 10, 100);
      Thread writer = new Thread(stream, "change-stream");
      writer.start();

      List<String> built =
          new OdsRebuildCommand(config, new PrintStream(report, true, StandardCharsets.UTF_8))
              .run(List.of("transactions"));

      writer.join();
      assertThat(built).containsExactly("cal-transactions-v2");
      assertThat(new SearchIndices(new SearchHttp(config.searchUrl())).current("transactions"))
          .contains("cal-transactions-v2");
      assertThat(report.toString(StandardCharsets.UTF_8)).contains("transactions:", "documents");
      await()
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofSeconds(2))
          .until(() -> verify(config) == 0);
    }
  }
}
