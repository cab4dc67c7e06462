package il.gov.cal.cdc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import il.gov.cal.cdc.ChangeStream;
import il.gov.cal.cdc.CoreData;
import il.gov.cal.cdc.TestEnvironment;
import il.gov.cal.cdc.config.PipelineConfig;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pipeline rides out a stopped search node and a restarted database, losing nothing. */
class OutageIT {

  @BeforeEach
  void resetStack() throws Exception {
    TestEnvironment.resetAll();
    CoreData.seed();
  }

  @Test
  void searchNodeStoppedForAMinuteMidStreamLosesAndDuplicatesNothing() throws Exception {
    PipelineConfig config = TestEnvironment.coreConfig();
    try (Pipeline pipeline = new Pipeline(config).start()) {
      ChangeStream stream = new ChangeStream(1_000, 200, 40, 10, 100);
      Thread writer = new Thread(stream, "change-stream");
      writer.start();
      await().atMost(Duration.ofSeconds(60)).until(() -> stream.changes() > 2_000);
      TestEnvironment.search().stop();
      Thread.sleep(60_000);
      TestEnvironment.search().start();
      writer.join(Duration.ofMinutes(6).toMillis());
      assertThat(writer.isAlive()).as("change stream finished").isFalse();
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(5))
          .until(() -> KillNineIT.verify(config) == 0);
      assertThat(pipeline.metrics().retries()).isPositive();
    }
  }

  @Test
  void databaseRestartedMidStreamLosesAndDuplicatesNothing() throws Exception {
    PipelineConfig config = TestEnvironment.coreConfig();
    try (Pipeline pipeline = new Pipeline(config).start()) {
      ChangeStream stream = new ChangeStream(1_000, 200, 40, 10, 50);
      Thread writer = new Thread(stream, "change-stream");
      writer.start();
      await().atMost(Duration.ofSeconds(60)).until(() -> stream.changes() > 2_000);
      TestEnvironment.restartDatabase();
      writer.join(Duration.ofMinutes(6).toMillis());
      assertThat(writer.isAlive()).as("change stream finished").isFalse();
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(5))
          .until(() -> KillNineIT.verify(config) == 0);
    }
  }
}
