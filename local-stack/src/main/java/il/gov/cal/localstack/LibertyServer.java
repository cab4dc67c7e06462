package il.gov.cal.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Open Liberty server prepared by the build under {@code target/liberty/wlp}, started and
 * stopped by integration tests with the environment they choose (database and search ports, the
 * config profile). Liberty reads server variables from environment variables, so a test points the
 * server at its own database without touching {@code server.xml}.
 */
public final class LibertyServer implements AutoCloseable {

  private final Path wlp;
  private final String name;
  private final int httpPort;
  private final Map<String, String> environment;
  private boolean running;

  /**
   * @param wlp the Liberty installation ({@code cal.liberty.dir} system property in tests)
   * @param name the server name ({@code cal.liberty.server} system property in tests)
   * @param environment variables for the server, e.g. {@code DB_PORT}
   */
  public LibertyServer(Path wlp, String name, Map<String, String> environment) {
    this.wlp = wlp;
    this.name = name;
    this.httpPort = TestStack.freePort();
    this.environment = environment;
  }

  /** The server the build prepared for this module, per the failsafe system properties. */
  public static LibertyServer forThisModule(Map<String, String> environment) {
    return new LibertyServer(
        Path.of(System.getProperty("cal.liberty.dir", "target/liberty/wlp")),
        System.getProperty("cal.liberty.server"),
        environment);
  }

  /** Starts the server and waits until {@code /health/ready} answers 200. */
  public synchronized LibertyServer start() {
    if (running) {
      return this;
    }
    run("start");
    running = true;
    awaitReady(Duration.ofMinutes(3));
    return this;
  }

  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    run("stop");
  }

  /**
   * Kills the server process at once (SIGKILL), as a crash would: no shutdown hook, no clean stop.
   * The pid comes from the file {@code bin/server start} writes. {@link #start()} may follow.
   */
  public synchronized void kill() {
    if (!running) {
      return;
    }
    try {
      ProcessHandle process = process();
      process.destroyForcibly();
      process.onExit().get(1, TimeUnit.MINUTES);
      running = false;
    } catch (IOException
        | java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Could not kill Liberty server " + name + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while killing the server", e);
    }
  }

  /**
   * The running server's process, from the pid file {@code bin/server start} writes: what a
   * benchmark reads the server's processor time from, and what {@link #kill()} ends.
   *
   * @throws IOException when the server has no pid file
   * @throws IllegalStateException when no process has that pid
   */
  public ProcessHandle process() throws IOException {
    Path pidFile = wlp.resolve("usr/servers/.pid").resolve(name + ".pid");
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    return ProcessHandle.of(pid)
        .orElseThrow(() -> new IllegalStateException("no process " + pid + " for server " + name));
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  public int httpPort() {
    return httpPort;
  }

  /** The server's log folder, for tests that scan what it wrote. */
  public Path logs() {
    return wlp.resolve("usr/servers").resolve(name).resolve("logs");
  }

  @Override
  public void close() {
    stop();
  }

  private void run(String action) {
    ProcessBuilder builder =
        new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), action, name))
            .redirectErrorStream(true)
            .redirectOutput(wlp.resolve("server-" + action + ".out").toFile());
    builder.environment().putAll(environment);
    builder.environment().put("HTTP_PORT", Integer.toString(httpPort));
    builder.environment().put("HTTPS_PORT", Integer.toString(TestStack.freePort()));
    try {
      Process process = builder.start();
      if (!process.waitFor(4, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(
            "Liberty server "
                + name
                + " did not "
                + action
                + "; see "
                + logs().resolve("messages.log"));
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not run the Liberty server script: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the server was starting", e);
    }
  }

  private void awaitReady(Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      failFastOnDeploymentError();
      sleep();
    }
    throw new IllegalStateException(
        "Liberty server "
            + name
            + " never became ready ("
            + last
            + "); see "
            + logs().resolve("messages.log"));
  }

  /** An application that failed to start never becomes ready: say why at once, not at time-out. */
  private void failFastOnDeploymentError() {
    Path messages = logs().resolve("messages.log");
    if (!Files.isReadable(messages)) {
      return;
    }
    try (var lines = Files.lines(messages)) {
      lines
          .filter(
              line ->
                  line.contains("CWWKZ0002E")
                      || line.contains("CWWKZ0004E")
                      // "was not started": a listener refused the start (SRVE0283E names why)
                      || line.contains("CWWKZ0012I"))
          .findFirst()
          .ifPresent(
              line -> {
                throw new IllegalStateException(
                    "An application of Liberty server "
                        + name
                        + " failed to start: "
                        + line.substring(0, Math.min(line.length(), 1500)));
              });
    } catch (IOException | java.io.UncheckedIOException e) {
      // The server may be rotating its log; the next poll reads it again.
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
