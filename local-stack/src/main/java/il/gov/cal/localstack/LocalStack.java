package il.gov.cal.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The data tier of the embedded defaults, as one process: a MariaDB server and an OpenSearch node,
 * both with their data under the project's state folder. `./platform up` runs it; the services and
 * the CDC pipeline connect to the ports it announces.
 *
 * <p>Usage: {@code LocalStack --state DIR --db-port N --search-port N}. It exits with status 2 and
 * a one-line reason when a port is taken, and stops both parts on SIGTERM.
 */
public final class LocalStack {

  private LocalStack() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    Path state = Path.of(options.getOrDefault("state", ".state")).toAbsolutePath();
    int dbPort = Integer.parseInt(options.getOrDefault("db-port", "13306"));
    int searchPort = Integer.parseInt(options.getOrDefault("search-port", "19200"));
    requireFree("database", dbPort);
    requireFree("search", searchPort);

    EmbeddedDatabase db = new EmbeddedDatabase(state.resolve("mariadb"), dbPort);
    EmbeddedSearchNode search = new EmbeddedSearchNode(state.resolve("opensearch"), searchPort);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  search.stop();
                  db.stop();
                  stopped.countDown();
                },
                "local-stack-shutdown"));

    db.start().bootstrap();
    search.start();
    Files.writeString(
        state.resolve("local-stack.ready"),
        "db.port=" + dbPort + "\nsearch.port=" + search.httpPort() + "\n");
    System.out.println(
        "local-stack ready: mariadb=127.0.0.1:" + dbPort + " opensearch=" + search.httpUrl());
    stopped.await();
  }

  private static void requireFree(String what, int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      System.err.println(
          "local-stack: the "
              + what
              + " port "
              + port
              + " is already in use; stop what holds it"
              + " or choose another port (see README, Ports).");
      System.exit(2);
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Expected --name value pairs, found: " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
