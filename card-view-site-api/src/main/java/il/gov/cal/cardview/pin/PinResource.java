package il.gov.cal.cardview.pin;

import il.gov.cal.cardview.session.SessionGuard;
import il.gov.cal.security.web.EndpointClass;
import il.gov.cal.security.web.RateLimited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /pin/otp} sends a one-time code; {@code POST /pin} with the code answers the PIN
 * once, never cached.
 */
@Path("/pin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PinResource {

  @Inject SessionGuard guard;
  @Inject PinRecoveryService recovery;
  @Inject HttpServletRequest request;

  @POST
  @Path("/otp")
  @RateLimited(EndpointClass.OTP)
  @APIResponse(
      responseCode = "429",
      description = "Too many requests from this client; see Retry-After")
  @Operation(summary = "Send a one-time code to the cardholder's registered phone")
  @APIResponse(
      responseCode = "202",
      description = "Code sent",
      content =
          @Content(examples = @ExampleObject(name = "sent", value = "{\"expiresInSeconds\":300}")))
  @APIResponse(responseCode = "423", description = "PIN recovery locked after five wrong codes")
  public Response sendCode() {
    recovery.sendCode(guard.require());
    return Response.accepted(
            Json.createObjectBuilder()
                .add("expiresInSeconds", PinRecoveryService.CODE_LIFE.toSeconds())
                .build()
                .toString())
        .build();
  }

  @POST
  @RateLimited(EndpointClass.PIN)
  @APIResponse(
      responseCode = "429",
      description = "Too many requests from this client; see Retry-After")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reveal the PIN with the one-time code",
      description =
          "The PIN is fetched from the issuer now and returned once with Cache-Control: no-store."
              + " Five wrong codes lock PIN recovery for the card for 24 hours.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "code", value = "{\"code\":\"123456\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The PIN",
      content = @Content(examples = @ExampleObject(name = "pin", value = "{\"pin\":\"4821\"}")))
  @APIResponse(responseCode = "400", description = "Wrong or expired code, with tries left")
  @APIResponse(responseCode = "423", description = "Locked")
  @APIResponse(responseCode = "503", description = "The issuer did not answer")
  public Response revealPin(JsonObject body) {
    String code = body != null && body.get("code") instanceof JsonString s ? s.getString() : null;
    IssuerPin pin = recovery.revealPin(guard.require(), code, request.getRemoteAddr());
    return Response.ok(Json.createObjectBuilder().add("pin", pin.digits()).build().toString())
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .build();
  }
}
