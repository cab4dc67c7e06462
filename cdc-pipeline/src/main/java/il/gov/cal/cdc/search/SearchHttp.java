package il.gov.cal.cdc.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A thin JSON-over-HTTP client for OpenSearch. The pipeline talks raw REST so that the bulk
 * response it acts on is parsed by exactly the code its classifier tests cover, item by item,
 * including items that carry a status but no error object.
 */
public final class SearchHttp {

  /** An HTTP answer: status and body. */
  public record Response(int status, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final String baseUrl;
  private final HttpClient client;

  public SearchHttp(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Sends a request; throws {@link IOException} when the node cannot be reached. */
  public Response send(String method, String path, String body, String contentType)
      throws IOException {
    return exchange(
        method, path, body == null ? null : HttpRequest.BodyPublishers.ofString(body), contentType);
  }

  /** POSTs a body that is already UTF-8 bytes: the first {@code length} bytes of {@code body}. */
  public Response post(String path, byte[] body, int length, String contentType)
      throws IOException {
    return exchange(
        "POST", path, HttpRequest.BodyPublishers.ofByteArray(body, 0, length), contentType);
  }

  private Response exchange(
      String method, String path, HttpRequest.BodyPublisher body, String contentType)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : body;
    request.method(method, publisher);
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while calling OpenSearch", e);
    }
  }

  /** A JSON request. */
  public Response json(String method, String path, String body) throws IOException {
    return send(method, path, body, "application/json");
  }

  /** Whether the node answers at all. */
  public boolean reachable() {
    try {
      return send("GET", "/_cluster/health", null, null).ok();
    } catch (IOException e) {
      return false;
    }
  }

  public String baseUrl() {
    return baseUrl;
  }
}
