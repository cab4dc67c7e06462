package il.gov.cal.cdc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import il.gov.cal.cdc.ChangeStream;
import il.gov.cal.cdc.CoreData;
import il.gov.cal.cdc.TestEnvironment;
import il.gov.cal.cdc.command.OdsVerifyCommand;
import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.localstack.TestStack;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pipeline as a separate process, killed with SIGKILL five times at random points of a
 * 100,000-change stream: afterwards the ODS and the indices equal the source exactly.
 */
class KillNineIT {

  private static final Path LOG = Path.of("target/kill-nine-pipeline.log");

  @Test
  void killNineFiveTimesDuringStreamLeavesOdsEqualToSource() throws Exception {
    TestEnvironment.resetAll();
    CoreData.seed();
    PipelineConfig config = TestEnvironment.coreConfig();
    ChangeStream stream = new ChangeStream(1_000, 125, 640, 160, 250);
    Thread writer = new Thread(stream, "change-stream");
    Random random = new Random();
    Process pipeline = start(config);
    writer.start();
    for (int kill = 0; kill < 5; kill++) {
      long before = odsTransactions();
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> odsTransactions() > before);
      Thread.sleep(500 + random.nextInt(2_500));
      pipeline.destroyForcibly().waitFor();
      pipeline = start(config);
    }
    writer.join();
    assertThat(stream.changes()).isEqualTo(100_000);
    try {
      await()
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofSeconds(2))
          .until(() -> odsTransactions() == 80_000);
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofSeconds(5))
          .until(() -> verify(config) == 0);
      await().atMost(Duration.ofSeconds(30)).until(() -> get("/health/ready").startsWith("200"));
      assertThat(get("/health/live")).startsWith("200");
      assertThat(get("/metrics"))
          .contains("cal_cdc_events_total{table=", "cal_cdc_lag_seconds_bucket");
    } finally {
      pipeline.destroyForcibly().waitFor();
    }
  }

  private String get(String path) {
    try {
      java.net.http.HttpResponse<String> response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create("http://127.0.0.1:" + httpPort + path))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      return response.statusCode() + " " + response.body();
    } catch (Exception e) {
      return "000 " + e;
    }
  }

  private static long odsTransactions() {
    try {
      return TestEnvironment.queryLong(
          "cal_ods", "SELECT COUNT(*) FROM ods_transaction WHERE is_deleted = 0");
    } catch (java.sql.SQLException e) {
      return -1;
    }
  }

  static int verify(PipelineConfig config) throws Exception {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    return new OdsVerifyCommand(config, new PrintStream(report, true, StandardCharsets.UTF_8))
        .run(List.of("transactions"));
  }

  private int httpPort;

  private Process start(PipelineConfig config) throws Exception {
    httpPort = TestStack.freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dcal.cdc.db.port=" + config.dbPort());
    command.add("-Dcal.cdc.search.url=" + config.searchUrl());
    command.add("-Dcal.cdc.ods.jdbc.url=" + config.odsJdbcUrl());
    command.add("-Dcal.cdc.state.dir=" + config.stateDir());
    command.add("-Dcal.cdc.http.port=" + httpPort);
    command.add("-Dcal.cdc.name=cal-cdc-kill");
    command.add(il.gov.cal.cdc.command.PipelineMain.class.getName());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(LOG.toString())))
        .start();
  }
}
