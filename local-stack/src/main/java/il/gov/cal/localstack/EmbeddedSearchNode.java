package il.gov.cal.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch cluster inside this JVM, built from the Maven Central jars: the
 * Netty HTTP transport, the common analysers and the extra field mappers. It binds to the loopback
 * address only; its data directory survives a restart.
 *
 * <p>The node is the same engine as a managed OpenSearch domain; what it lacks is the security
 * plugin, so it is for dev and test only.
 */
public final class EmbeddedSearchNode implements AutoCloseable {

  private final Path home;
  private final int httpPort;
  private LocalNode node;
  private int boundPort;

  /**
   * @param home the node's home (data and logs below it)
   * @param httpPort the HTTP port, or 0 for any free port (read it back with {@link #httpPort()});
   *     a node stopped and started again keeps the port it had, as a restarted server would
   */
  public EmbeddedSearchNode(Path home, int httpPort) {
    this.home = home;
    this.httpPort = httpPort;
  }

  public synchronized EmbeddedSearchNode start() {
    if (node != null) {
      return this;
    }
    try {
      Files.createDirectories(home.resolve("data"));
      Files.createDirectories(home.resolve("logs"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Settings settings =
        Settings.builder()
            .put("cluster.name", "cal-local")
            .put("node.name", "cal-local-1")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(boundPort != 0 ? boundPort : httpPort))
            .put("transport.port", "0")
            .put("discovery.type", "single-node")
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .build();
    node = new LocalNode(settings);
    try {
      node.start();
    } catch (NodeValidationException e) {
      throw new IllegalStateException("OpenSearch refused to start: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      node = null;
      throw new IllegalStateException(
          "OpenSearch did not start on HTTP port " + httpPort + ": " + e.getMessage(), e);
    }
    TransportAddress address =
        node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
    boundPort = address.getPort();
    return this;
  }

  public synchronized void stop() {
    if (node == null) {
      return;
    }
    try {
      node.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      node = null;
    }
  }

  public synchronized boolean isRunning() {
    return node != null;
  }

  public int httpPort() {
    return boundPort;
  }

  public String httpUrl() {
    return "http://127.0.0.1:" + boundPort;
  }

  @Override
  public void close() {
    stop();
  }

  /** Node's constructor that takes classpath plugins is protected: this is the way in. */
  private static final class LocalNode extends Node {
    LocalNode(Settings settings) {
      super(
          InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "cal-local"),
          List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, MapperExtrasPlugin.class),
          true);
    }
  }
}
