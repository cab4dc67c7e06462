package il.gov.cal.core.platform;

import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.LibertyServer;
import il.gov.cal.localstack.TestStack;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one Liberty server the core's integration tests share, under the test profile against the
 * shared MariaDB: started on first use, stopped when the JVM exits, so each IT class costs no
 * server start. Tests never depend on each other's data: each creates its own organisations.
 */
public final class RunningCore {

  private static LibertyServer server;

  private RunningCore() {}

  /** The running server, started on first call. */
  public static synchronized LibertyServer server() {
    if (server == null) {
      EmbeddedDatabase db = TestStack.database();
      LibertyServer created =
          new LibertyServer(
              Path.of(System.getProperty("cal.liberty.dir", "target/liberty/wlp")),
              System.getProperty("cal.liberty.server", "operational-core"),
              Map.of("DB_PORT", Integer.toString(db.port()), "MP_CONFIG_PROFILE", "test"));
      // Registered before starting: a server that never became ready is still stopped at exit.
      Runtime.getRuntime().addShutdownHook(new Thread(created::stop, "core-server-shutdown"));
      server = created.start();
    }
    return server;
  }
}
