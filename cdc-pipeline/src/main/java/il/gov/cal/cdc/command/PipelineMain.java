package il.gov.cal.cdc.command;

import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.engine.Pipeline;
import il.gov.cal.cdc.ops.HealthServer;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline until the process is stopped, logging one INFO line ({@code CDC pipeline ready
 * ...}) once the engine runs. Arguments: none, or {@code --snapshot <table>} to request an
 * incremental snapshot of a table from a running pipeline and exit. Configuration: see {@link
 * il.gov.cal.cdc.config.Setting}.
 */
public final class PipelineMain {

  private static final Logger LOG = LoggerFactory.getLogger(PipelineMain.class);

  private PipelineMain() {}

  public static void main(String[] args) throws Exception {
    PipelineConfig config = PipelineConfig.load();
    if (args.length == 2 && args[0].equals("--snapshot")) {
      String id = new Pipeline(config).requestIncrementalSnapshot(args[1]);
      LOG.info("Incremental snapshot requested table={} signal={}", args[1], id);
      return;
    }
    Pipeline pipeline = new Pipeline(config).start();
    HealthServer health =
        new HealthServer(config.httpPort(), pipeline::isReady, pipeline.metrics());
    health.start();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  health.close();
                  pipeline.close();
                  stop.countDown();
                },
                "cdc-shutdown"));
    while (!pipeline.isEngineRunning() && stop.getCount() > 0) {
      Thread.sleep(50);
    }
    LOG.info(
        "CDC pipeline ready name={} httpPort={} search={}",
        config.name(),
        health.port(),
        config.searchUrl());
    stop.await();
  }
}
