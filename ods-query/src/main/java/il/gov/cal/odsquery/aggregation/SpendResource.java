package il.gov.cal.odsquery.aggregation;

import il.gov.cal.odsaccess.problem.ProblemException;
import il.gov.cal.odsquery.caller.CallerOrganisation;
import il.gov.cal.odsquery.caller.OdsRoles;
import il.gov.cal.odsquery.transaction.TransactionFilterParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /spend/by-unit|by-category|by-month|top-merchants}: spend analytics with the search's
 * filters; use {@code from} and {@code to} for the period.
 */
@Path("/spend")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  OdsRoles.ORG_ADMIN,
  OdsRoles.FINANCE_MANAGER,
  OdsRoles.ANALYST,
  OdsRoles.UNIT_MANAGER
})
public class SpendResource {

  private static final String EXAMPLE =
      "[{\"key\":\"9\",\"label\":\"Procurement\",\"transactions\":120,"
          + "\"totals\":[{\"amount\":\"48210.40\",\"currency\":\"ILS\"}]}]";

  @Inject CallerOrganisation caller;
  @Inject SpendQueryService spend;

  @GET
  @Path("/by-unit")
  @Operation(summary = "Spend per unit (the card's unit), largest first")
  @APIResponse(
      responseCode = "200",
      description = "Groups",
      content = @Content(examples = @ExampleObject(name = "by unit", value = EXAMPLE)))
  public List<SpendBucketView> byUnit(
      @BeanParam TransactionFilterParams params, @QueryParam("limit") String limit) {
    return spend.spend(
        params.toFilter(caller.orgId(), caller.unitScope()), SpendDimension.UNIT, limit(limit));
  }

  @GET
  @Path("/by-category")
  @Operation(summary = "Spend per merchant category (MCC), largest first")
  public List<SpendBucketView> byCategory(
      @BeanParam TransactionFilterParams params, @QueryParam("limit") String limit) {
    return spend.spend(
        params.toFilter(caller.orgId(), caller.unitScope()), SpendDimension.CATEGORY, limit(limit));
  }

  @GET
  @Path("/by-month")
  @Operation(summary = "Spend per calendar month of the chosen date field, oldest first")
  public List<SpendBucketView> byMonth(@BeanParam TransactionFilterParams params) {
    return spend.spend(
        params.toFilter(caller.orgId(), caller.unitScope()), SpendDimension.MONTH, 0);
  }

  @GET
  @Path("/top-merchants")
  @Operation(summary = "The merchants with the most spend in the period")
  public List<SpendBucketView> topMerchants(
      @BeanParam TransactionFilterParams params,
      @QueryParam("limit") @Parameter(description = "1 to 100, default 10") String limit) {
    return spend.spend(
        params.toFilter(caller.orgId(), caller.unitScope()), SpendDimension.MERCHANT, limit(limit));
  }

  private static int limit(String value) {
    if (value == null || value.isBlank()) {
      return 10;
    }
    if (!value.matches("[0-9]{1,3}")
        || Integer.parseInt(value) < 1
        || Integer.parseInt(value) > SpendQueryService.MAX_GROUPS) {
      throw ProblemException.badRequest(
          "invalid-parameter", "limit must be between 1 and " + SpendQueryService.MAX_GROUPS + ".");
    }
    return Integer.parseInt(value);
  }
}
