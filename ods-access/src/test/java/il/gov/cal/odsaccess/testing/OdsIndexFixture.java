package il.gov.cal.odsaccess.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Creates ODS indices in a test cluster the way the CDC pipeline does: from the pipeline's own
 * mapping files, read from the directory named by system property {@code cal.ods.mappings.dir} when
 * set, otherwise from {@code ods-mappings/} on the test class path, where this module's build puts
 * the same files; each index sits behind the {@code cal-<name>} alias. Documents are written with
 * the bulk API and refreshed, so a test can query them at once.
 */
public final class OdsIndexFixture {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * @param baseUrl the cluster's HTTP address, e.g. {@code http://127.0.0.1:9200}
   */
  public OdsIndexFixture(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Drops and recreates index {@code cal-<name>-test} with the pipeline's mapping and alias. */
  public OdsIndexFixture recreate(String name) {
    String index = "cal-" + name + "-test";
    send("DELETE", "/" + index + "?ignore_unavailable=true", null);
    send("PUT", "/" + index, mapping(name));
    send(
        "POST",
        "/_aliases",
        "{\"actions\":[{\"add\":{\"index\":\"" + index + "\",\"alias\":\"cal-" + name + "\"}}]}");
    return this;
  }

  /**
   * Creates index {@code cal-<name>-test} with its alias unless the alias already exists, keeping
   * what other tests wrote there; for tests whose documents are their own organisation's.
   */
  public OdsIndexFixture ensure(String name) {
    HttpRequest head =
        HttpRequest.newBuilder(URI.create(baseUrl + "/cal-" + name))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      if (http.send(head, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
        return this;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return recreate(name);
  }

  /** Writes the documents (each with an {@code id}) to {@code cal-<name>} and refreshes. */
  public OdsIndexFixture index(String name, List<Map<String, Object>> documents) {
    return index(name, documents, true);
  }

  /**
   * Writes the documents (each with an {@code id}) to {@code cal-<name>}; {@code refresh} false
   * leaves them to the index's own refresh, as a bulk load does.
   */
  public OdsIndexFixture index(String name, List<Map<String, Object>> documents, boolean refresh) {
    if (documents.isEmpty()) {
      return this;
    }
    StringBuilder body = new StringBuilder();
    try {
      for (Map<String, Object> doc : documents) {
        body.append("{\"index\":{\"_id\":\"").append(doc.get("id")).append("\"}}\n");
        body.append(JSON.writeValueAsString(doc)).append('\n');
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
    String answer =
        send("POST", "/cal-" + name + "/_bulk" + (refresh ? "?refresh=true" : ""), body.toString());
    if (answer.contains("\"errors\":true")) {
      throw new IllegalStateException("bulk write refused: " + answer);
    }
    return this;
  }

  private String mapping(String name) {
    String dir = System.getProperty("cal.ods.mappings.dir");
    try {
      if (dir != null && Files.exists(Path.of(dir, name + ".json"))) {
        return Files.readString(Path.of(dir, name + ".json"));
      }
      try (InputStream in =
          OdsIndexFixture.class.getResourceAsStream("/ods-mappings/" + name + ".json")) {
        if (in == null) {
          throw new IllegalArgumentException("No mapping for index " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String send(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header(
                "Content-Type",
                path.contains("_bulk") ? "application/x-ndjson" : "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300 && !method.equals("DELETE")) {
        throw new IllegalStateException(method + " " + path + " -> " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
