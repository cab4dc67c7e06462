package il.gov.cal.core.importing.api;

import il.gov.cal.core.platform.RunningCore;
import il.gov.cal.security.identity.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Uploads issuer files to the running core as the issuer's system client and waits for their
 * imports, for integration tests.
 */
public final class ImportClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Set<String> FINAL = Set.of("COMPLETED", "REJECTED", "FAILED");

  private ImportClient() {}

  /** Posts {@code body} as a raw tab-separated upload, with an Idempotency-Key if not null. */
  public static HttpResponse<String> upload(byte[] body, String idempotencyKey) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/core/imports?name=test.tsv"))
            .header("Authorization", bearer())
            .header("Content-Type", "text/tab-separated-values")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a file as a raw upload, streamed from disk. */
  public static HttpResponse<String> upload(Path file) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri("/core/imports?name=" + file.getFileName()))
            .header("Authorization", bearer())
            .header("Content-Type", "text/tab-separated-values")
            .POST(HttpRequest.BodyPublishers.ofFile(file))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Uploads and waits for the import to reach a final state; returns its view. */
  public static JsonObject importFile(byte[] body) throws Exception {
    HttpResponse<String> response = upload(body, null);
    if (response.statusCode() != 202) {
      throw new AssertionError("upload refused: " + response.statusCode() + " " + response.body());
    }
    return awaitFinal(response.headers().firstValue("Location").orElseThrow());
  }

  /** Polls the import at {@code location} (absolute, or a path) until its state is final. */
  public static JsonObject awaitFinal(String location) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    JsonObject view = get(location);
    while (!FINAL.contains(view.getString("state"))) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("import never finished: " + view);
      }
      Thread.sleep(200);
      view = get(location);
    }
    return view;
  }

  /** The import view at {@code location} ({@code /core/imports/{id}}). */
  public static JsonObject get(String location) throws Exception {
    HttpResponse<String> response = raw(location);
    if (response.statusCode() != 200) {
      throw new AssertionError(response.statusCode() + " " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** The raw response of a GET. */
  public static HttpResponse<String> raw(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", bearer()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The Authorization header of the issuer's system client, which names no organisation. */
  public static String bearer() {
    return "Bearer " + RunningCore.token(null, Role.ISSUER_SYSTEM);
  }

  private static URI uri(String path) {
    if (path.startsWith("http")) {
      return URI.create(path);
    }
    return URI.create(RunningCore.server().baseUrl() + path);
  }
}
