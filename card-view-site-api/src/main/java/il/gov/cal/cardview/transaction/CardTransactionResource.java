package il.gov.cal.cardview.transaction;

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

/** {@code GET /transactions}: the card's transactions, newest first, a page at a time. */
@Path("/transactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CardTransactionResource {

  /** Largest page. */
  static final int MAX_SIZE = 100;

  @Inject SessionGuard guard;
  @Inject CardTransactionQueryService transactions;

  @GET
  @Operation(summary = "The card's transactions, newest first")
  @APIResponse(
      responseCode = "200",
      description = "A page",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"items\":[{\"id\":9001,\"transactionDate\":\"2025-03-02\","
                              + "\"postingDate\":\"2025-03-04\",\"merchant\":\"Amazon\","
                              + "\"merchantCity\":\"Seattle\",\"category\":\"Book stores\","
                              + "\"mcc\":\"5942\",\"kind\":\"PURCHASE\",\"status\":\"POSTED\","
                              + "\"amount\":\"50.00\",\"currency\":\"USD\",\"billingAmount\":"
                              + "\"182.35\",\"billingCurrency\":\"ILS\"}],\"next\":\"YzEK...\"}")))
  public CardTransactionPage transactions(
      @QueryParam("size") @Parameter(description = "1 to 100, default 20") String size,
      @QueryParam("cursor") @Parameter(description = "`next` of the previous page") String cursor) {
    return transactions.page(
        guard.require(), size(size), cursor == null || cursor.isBlank() ? null : cursor);
  }

  private static int size(String value) {
    if (value == null || value.isBlank()) {
      return 20;
    }
    if (!value.matches("[0-9]{1,3}")
        || Integer.parseInt(value) < 1
        || Integer.parseInt(value) > MAX_SIZE) {
      throw ProblemException.badRequest(
          "invalid-parameter", "size must be between 1 and " + MAX_SIZE + ".");
    }
    return Integer.parseInt(value);
  }
}
