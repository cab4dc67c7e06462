package il.gov.cal.core.api;

import il.gov.cal.core.platform.RunningCore;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** A small HTTP client for the core's API acting for one organisation, for integration tests. */
public final class CoreClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Long organisationId;

  private CoreClient(Long organisationId) {
    this.organisationId = organisationId;
  }

  /** A client acting for a freshly registered organisation. */
  public static CoreClient forNewOrganisation() throws Exception {
    String code = "T" + UUID.randomUUID().toString().substring(0, 12);
    Reply created =
        new CoreClient(null)
            .post("/organisations", "{\"code\":\"" + code + "\",\"name\":\"Org " + code + "\"}");
    if (created.status() != 201) {
      throw new IllegalStateException("Could not register an organisation: " + created);
    }
    return new CoreClient(created.json().getJsonNumber("id").longValue());
  }

  /** A client naming no organisation. */
  public static CoreClient anonymous() {
    return new CoreClient(null);
  }

  public long organisationId() {
    return organisationId;
  }

  public Reply get(String path) throws Exception {
    return send(request(path).GET());
  }

  public Reply post(String path, String json) throws Exception {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply postIdempotent(String path, String key, String json) throws Exception {
    return send(
        request(path)
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply post(String path) throws Exception {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public Reply put(String path, String json) throws Exception {
    return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Creates a unit and returns its id. */
  public long createUnit(String code, Long parentId) throws Exception {
    Reply r =
        post(
            "/units",
            "{\"code\":\""
                + code
                + "\",\"name\":\"Unit "
                + code
                + "\",\"parentId\":"
                + parentId
                + "}");
    return r.expect(201).getJsonNumber("id").longValue();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(RunningCore.server().baseUrl() + "/core" + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    if (organisationId != null) {
      b.header("X-Cal-Org", organisationId.toString());
    }
    return b;
  }

  private static Reply send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(
        r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
  }

  /** A response, with helpers to read its JSON body. */
  public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    /** The JSON body, after checking the status. */
    public JsonObject expect(int expected) {
      if (status != expected) {
        throw new AssertionError("Expected " + expected + " but got " + this);
      }
      return json();
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }
}
