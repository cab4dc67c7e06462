package il.gov.cal.core.api;

import static il.gov.cal.security.problem.DomainRuleViolation.Kind.CONFLICT;

import il.gov.cal.core.tenancy.CallerTenant;
import il.gov.cal.security.problem.BadRequest;
import il.gov.cal.security.problem.DomainRuleViolation;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Honours {@code Idempotency-Key} on the POSTs marked {@link Idempotent}. The same key with the
 * same request (method, path and body) replays the first response, marked {@code
 * Idempotency-Replayed: true}; the same key with a different request is a 422; a repeat arriving
 * while the first is still running is a 409. Without the header the request runs normally.
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** The request header carrying the client's key. */
  public static final String HEADER = "Idempotency-Key";

  private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject private IdempotencyStore store;
  @Inject private CallerTenant caller;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null) {
      return;
    }
    checkKey(key);
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    String hash = hash(request, body);
    Optional<IdempotencyStore.StoredResponse> earlier =
        store.claim(caller.organisationId(), key, hash);
    if (earlier.isEmpty()) {
      request.setProperty(CLAIMED, key);
    } else {
      request.abortWith(replay(earlier.get(), hash));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object key = request.getProperty(CLAIMED);
    if (key == null) {
      return;
    }
    long organisationId = caller.organisationId();
    if (response.getStatus() >= 200 && response.getStatus() < 300) {
      String location = response.getLocation() == null ? null : response.getLocation().toString();
      String body = response.hasEntity() ? JSON.toJson(response.getEntity()) : null;
      store.complete(organisationId, (String) key, response.getStatus(), location, body);
    } else {
      store.release(organisationId, (String) key);
    }
  }

  private static void checkKey(String key) {
    if (key.isBlank() || key.length() > 100) {
      throw BadRequest.ofField("idempotency.invalid-key", HEADER, "must be 1 to 100 characters");
    }
  }

  private static Response replay(IdempotencyStore.StoredResponse earlier, String hash) {
    if (!earlier.requestHash().equals(hash)) {
      throw new DomainRuleViolation(
          "idempotency.key-reused", "This Idempotency-Key was used with a different request");
    }
    if (earlier.inFlight()) {
      throw new DomainRuleViolation(
          CONFLICT,
          "idempotency.in-flight",
          "A request with this Idempotency-Key is still running");
    }
    Response.ResponseBuilder replay =
        Response.status(earlier.status()).header("Idempotency-Replayed", "true");
    if (earlier.location() != null) {
      replay.header(HttpHeaders.LOCATION, earlier.location());
    }
    if (earlier.body() != null) {
      replay.entity(earlier.body()).type(MediaType.APPLICATION_JSON_TYPE);
    }
    return replay.build();
  }

  private static String hash(ContainerRequestContext request, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String target = request.getMethod() + " " + request.getUriInfo().getPath() + "\n";
      digest.update(target.getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
