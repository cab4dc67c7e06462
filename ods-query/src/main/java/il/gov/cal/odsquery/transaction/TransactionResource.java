package il.gov.cal.odsquery.transaction;

import il.gov.cal.odsaccess.problem.ProblemException;
import il.gov.cal.odsquery.caller.CallerOrganisation;
import il.gov.cal.odsquery.caller.OdsRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

/** {@code GET /transactions}: the portal's transaction search. */
@Path("/transactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  OdsRoles.ORG_ADMIN,
  OdsRoles.FINANCE_MANAGER,
  OdsRoles.ANALYST,
  OdsRoles.UNIT_MANAGER
})
public class TransactionResource {

  @Inject CallerOrganisation caller;
  @Inject TransactionQueryService transactions;

  @GET
  @Operation(
      summary = "Search the organisation's transactions",
      description =
          "Filters combine with AND. Pages are cursor-based: pass `next` from a page as `cursor`"
              + " with the same filters to read the following page; a cursor is valid for two"
              + " minutes after its page and only with the filters it was made for.")
  @APIResponse(
      responseCode = "200",
      description = "A page of transactions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"items\":[{\"id\":9001,\"transactionDate\":\"2025-03-02\","
                              + "\"postingDate\":\"2025-03-04\",\"cardId\":17,\"cardLast4\":"
                              + "\"0017\",\"cardholderId\":1001,\"cardholderName\":\"Dana Levi\","
                              + "\"unitId\":9,\"unitName\":\"Procurement\",\"merchant\":\"Office"
                              + " Depot\",\"merchantCity\":\"Jerusalem\",\"merchantCountry\":"
                              + "\"376\",\"mcc\":\"5943\",\"category\":\"Stationery\",\"kind\":"
                              + "\"PURCHASE\",\"status\":\"POSTED\",\"amount\":\"120.50\","
                              + "\"currency\":\"ILS\",\"billingAmount\":\"120.50\","
                              + "\"billingCurrency\":\"ILS\"}],\"next\":\"YzEK...Q\",\"total\":"
                              + "42,\"totalIsExact\":true}")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid filter, or a cursor that is altered, foreign or expired",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "tampered cursor",
                      value =
                          "{\"type\":\"urn:cal:problem:invalid-cursor\",\"title\":"
                              + "\"Invalid cursor\",\"status\":400,\"code\":\"invalid-cursor\","
                              + "\"detail\":\"The cursor has been altered.\"}")))
  public TransactionPage search(
      @BeanParam TransactionFilterParams params,
      @QueryParam("sort") @Parameter(description = "date, -date (default), amount or -amount")
          String sort,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 200 (default 50)") String size,
      @QueryParam("cursor") @Parameter(description = "The `next` of the previous page")
          String cursor) {
    TransactionFilter filter = params.toFilter(caller.orgId(), caller.unitScope());
    return transactions.page(
        filter, TransactionSort.parse(sort), pageSize(size), blankToNull(cursor));
  }

  static int pageSize(String size) {
    if (size == null || size.isBlank()) {
      return 50;
    }
    if (!size.matches("[0-9]{1,3}")
        || Integer.parseInt(size) < 1
        || Integer.parseInt(size) > TransactionQueryService.MAX_PAGE_SIZE) {
      throw ProblemException.badRequest(
          "invalid-parameter",
          "size must be between 1 and " + TransactionQueryService.MAX_PAGE_SIZE + ".");
    }
    return Integer.parseInt(size);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
