package il.gov.cal.cardview.housekeeping;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link SitePurge} every {@code cal.cardview.purge.interval-seconds} (default 600), the first
 * time one interval after the application starts, on the server's default managed scheduled
 * executor (Jakarta Concurrency). A purge that fails is logged and tried again at the next
 * interval; the schedule itself never stops while the application runs.
 *
 * <p>Where the server offers no managed executor (a server without the Concurrency feature), a
 * single daemon thread of this application does the same, and the log says so.
 */
@ApplicationScoped
public class SitePurgeSchedule {

  /** The default managed scheduled executor of a Jakarta EE server. */
  static final String EXECUTOR = "java:comp/DefaultManagedScheduledExecutorService";

  private static final Logger log = LoggerFactory.getLogger(SitePurgeSchedule.class);

  @Inject SitePurge purge;

  @Inject
  @ConfigProperty(name = "cal.cardview.purge.interval-seconds", defaultValue = "600")
  long intervalSeconds;

  private ScheduledExecutorService own;
  private ScheduledFuture<?> schedule;

  void start(@Observes Startup startup) {
    ScheduledExecutorService executor;
    try {
      executor = (ScheduledExecutorService) new InitialContext().lookup(EXECUTOR);
    } catch (NamingException | ClassCastException e) {
      log.info("no managed scheduled executor; the site purge runs on its own thread");
      own =
          java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "site-purge");
                t.setDaemon(true);
                return t;
              });
      executor = own;
    }
    schedule =
        executor.scheduleWithFixedDelay(
            this::runOnce, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    log.info("site purge scheduled every {} s", intervalSeconds);
  }

  /** One purge, its failure logged rather than thrown so the schedule goes on. */
  void runOnce() {
    try {
      SitePurge.Purged purged = purge.purge(Instant.now());
      if (purged.total() > 0) {
        log.info(
            "site purge linkTokens={} sessions={} pinCodes={} pinGuards={}",
            purged.linkTokens(),
            purged.sessions(),
            purged.pinCodes(),
            purged.pinGuards());
      }
    } catch (RuntimeException e) {
      log.warn("site purge failed; next try in {} s error={}", intervalSeconds, e.toString());
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
    if (own != null) {
      own.shutdownNow();
    }
  }
}
