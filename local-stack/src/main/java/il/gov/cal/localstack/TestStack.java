package il.gov.cal.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real database and search node shared by the integration tests of one JVM: started on first
 * use on free ports, in a fresh folder under {@code target/}, and stopped when the JVM exits. Tests
 * that need them never skip; they start them.
 */
public final class TestStack {

  private static EmbeddedDatabase database;
  private static EmbeddedSearchNode search;

  private TestStack() {}

  /** The shared MariaDB, started and bootstrapped on first call. */
  public static synchronized EmbeddedDatabase database() {
    if (database == null) {
      database = new EmbeddedDatabase(workDir().resolve("mariadb"), freePort()).start().bootstrap();
      EmbeddedDatabase started = database;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-db-shutdown"));
    }
    return database;
  }

  /** The shared OpenSearch node, started on first call. */
  public static synchronized EmbeddedSearchNode search() {
    if (search == null) {
      search = new EmbeddedSearchNode(workDir().resolve("opensearch"), 0).start();
      EmbeddedSearchNode started = search;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-search-shutdown"));
    }
    return search;
  }

  /** A port that was free a moment ago on the loopback address. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path workDir() {
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      return Files.createTempDirectory(target.toAbsolutePath(), "test-stack-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
