package il.gov.cal.core.api;

import il.gov.cal.core.platform.RunningCore;
import il.gov.cal.security.identity.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * A small HTTP client for the core's API acting for one organisation with a locally signed token,
 * for integration tests.
 */
public final class CoreClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The roles of the default client of an organisation: it may call every tenant endpoint. */
  private static final Role[] ADMINISTRATION = {
    Role.ORG_ADMIN, Role.FINANCE_MANAGER, Role.ISSUER_SYSTEM
  };

  private final Long organisationId;
  private final String token;

  private CoreClient(Long organisationId, String token) {
    this.organisationId = organisationId;
    this.token = token;
  }

  /**
   * A client acting for a freshly registered organisation (registered by a platform administrator)
   * as its organisation administrator, finance manager and issuer system at once.
   */
  public static CoreClient forNewOrganisation() throws Exception {
    String code = "T" + UUID.randomUUID().toString().substring(0, 12);
    Reply created =
        platformAdmin()
            .post("/organisations", "{\"code\":\"" + code + "\",\"name\":\"Org " + code + "\"}");
    if (created.status() != 201) {
      throw new IllegalStateException("Could not register an organisation: " + created);
    }
    return as(created.json().getJsonNumber("id").longValue(), ADMINISTRATION);
  }

  /** A platform administrator, whose token names no organisation. */
  public static CoreClient platformAdmin() {
    return new CoreClient(null, RunningCore.token(null, Role.PLATFORM_ADMIN));
  }

  /** A client with exactly these roles in an organisation. */
  public static CoreClient as(long organisationId, Role... roles) {
    return new CoreClient(organisationId, RunningCore.token(organisationId, roles));
  }

  /** A client sending this raw token (or none, when {@code null}). */
  public static CoreClient withToken(Long organisationId, String token) {
    return new CoreClient(organisationId, token);
  }

  /** A client sending no token. */
  public static CoreClient anonymous() {
    return new CoreClient(null, null);
  }

  /** The same organisation, with other roles. */
  public CoreClient withRoles(Role... roles) {
    return as(organisationId, roles);
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

  public Reply delete(String path) throws Exception {
    return send(request(path).DELETE());
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
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
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
