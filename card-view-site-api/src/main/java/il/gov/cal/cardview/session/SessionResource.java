package il.gov.cal.cardview.session;

import il.gov.cal.odsaccess.problem.ProblemException;
import il.gov.cal.security.web.EndpointClass;
import il.gov.cal.security.web.RateLimited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /session}: exchanges the app's deep-link token for a session cookie (HttpOnly,
 * Secure, SameSite=Strict, 15 minutes idle); {@code DELETE /session} ends it.
 */
@Path("/session")
@RequestScoped
public class SessionResource {

  @Inject SessionService service;
  @Inject SessionStore sessions;
  @Inject SessionGuard guard;
  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "cal.cardview.session.cookie-secure", defaultValue = "true")
  boolean secureCookie;

  @POST
  @RateLimited(EndpointClass.SESSION)
  @APIResponse(
      responseCode = "429",
      description = "Too many requests from this client; see Retry-After")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a session from a deep-link token",
      description =
          "The token is single use, valid for at most two minutes, and bound to one cardholder"
              + " and card. The session is a cookie only; the response body carries no secret.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "link",
                      value =
                          "{\"linkToken\":\"cv1.MTIzfDF8MTAwMXwxN3wxNzQwMDAwMDAwfDE3NDAwMDAxMjA.sig\"}")))
  @APIResponse(
      responseCode = "200",
      description = "Session opened; Set-Cookie carries it",
      content =
          @Content(
              examples = @ExampleObject(name = "opened", value = "{\"idleTimeoutSeconds\":900}")))
  @APIResponse(
      responseCode = "401",
      description = "Token reused, expired, altered or for another cardholder's card",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "rejected",
                      value =
                          "{\"type\":\"urn:cal:problem:link-rejected\",\"title\":"
                              + "\"Not authenticated\",\"status\":401,\"code\":\"link-rejected\","
                              + "\"detail\":\"The link is not valid any more; open the site again"
                              + " from the app.\"}")))
  public Response open(JsonObject body) {
    String token =
        body != null && body.get("linkToken") instanceof JsonString s ? s.getString() : null;
    if (token == null || token.isBlank()) {
      throw ProblemException.badRequest("invalid-body", "linkToken is required.");
    }
    String id = service.exchange(token, request.getRemoteAddr());
    return Response.ok("{\"idleTimeoutSeconds\":" + SessionStore.IDLE.toSeconds() + "}")
        .type(MediaType.APPLICATION_JSON)
        .header("Set-Cookie", cookie(id, SessionStore.IDLE.toSeconds()))
        .build();
  }

  @DELETE
  @Operation(summary = "End the session")
  @APIResponse(responseCode = "204", description = "Session ended (or there was none)")
  public Response close() {
    String id = guard.sessionId();
    if (id != null) {
      sessions.close(id);
    }
    return Response.noContent().header("Set-Cookie", cookie("", 0)).build();
  }

  private String cookie(String value, long maxAge) {
    return SessionGuard.COOKIE
        + "="
        + value
        + "; Path=/card-view; Max-Age="
        + maxAge
        + "; HttpOnly; SameSite=Strict"
        + (secureCookie ? "; Secure" : "");
  }
}
