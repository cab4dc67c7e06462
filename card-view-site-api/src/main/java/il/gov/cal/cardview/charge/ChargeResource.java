package il.gov.cal.cardview.charge;

import il.gov.cal.cardview.session.SessionGuard;
import il.gov.cal.odsaccess.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /charges}: posted transactions grouped by billing month, with totals. */
@Path("/charges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChargeResource {

  @Inject SessionGuard guard;
  @Inject ChargeQueryService charges;

  @GET
  @Operation(summary = "The card's charges per billing month, newest first")
  @APIResponse(
      responseCode = "200",
      description = "Billing months",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "charges",
                      value =
                          "{\"months\":[{\"month\":\"2025-03\",\"totals\":[{\"amount\":"
                              + "\"1820.40\",\"currency\":\"ILS\"}],\"transactions\":[]}],"
                              + "\"complete\":true}")))
  public ChargesView charges(
      @QueryParam("months") @Parameter(description = "1 to 12, default 3") String months) {
    return charges.charges(guard.require(), months(months));
  }

  private static int months(String value) {
    if (value == null || value.isBlank()) {
      return 3;
    }
    if (!value.matches("[0-9]{1,2}")
        || Integer.parseInt(value) < 1
        || Integer.parseInt(value) > 12) {
      throw ProblemException.badRequest("invalid-parameter", "months must be between 1 and 12.");
    }
    return Integer.parseInt(value);
  }
}
