package il.gov.cal.cdc.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The pipeline's operations endpoint: {@code /health/live} (the process answers), {@code
 * /health/ready} (engine running, OpenSearch and the ODS reachable; 503 otherwise) and {@code
 * /metrics} (Prometheus text).
 */
public final class HealthServer implements AutoCloseable {

  private final HttpServer server;

  public HealthServer(int port, BooleanSupplier ready, Metrics metrics) throws IOException {
    server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/health/live", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
    server.createContext(
        "/health/ready",
        exchange -> {
          boolean up = ready.getAsBoolean();
          answer(exchange, up ? 200 : 503, "{\"status\":\"" + (up ? "UP" : "DOWN") + "\"}");
        });
    server.createContext("/metrics", exchange -> answer(exchange, 200, metrics.prometheus()));
    server.setExecutor(Executors.newFixedThreadPool(2, r -> new Thread(r, "cdc-health")));
  }

  public HealthServer start() {
    server.start();
    return this;
  }

  /** The bound port (useful when started on port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String type = body.startsWith("{") ? "application/json" : "text/plain; version=0.0.4";
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
