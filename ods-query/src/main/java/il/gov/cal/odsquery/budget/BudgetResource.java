package il.gov.cal.odsquery.budget;

import il.gov.cal.odsaccess.problem.ProblemException;
import il.gov.cal.odsquery.caller.CallerOrganisation;
import il.gov.cal.odsquery.caller.OdsRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
 * {@code GET /budgets}: each unit's allocated, spent, refunded and available amounts for a period,
 * spent and refunded from the transactions of the unit's subtree ({@link BudgetQueryService}).
 */
@Path("/budgets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  OdsRoles.ORG_ADMIN,
  OdsRoles.FINANCE_MANAGER,
  OdsRoles.ANALYST,
  OdsRoles.UNIT_MANAGER
})
public class BudgetResource {

  @Inject CallerOrganisation caller;
  @Inject BudgetQueryService budgets;

  @GET
  @Operation(summary = "Budgets of the organisation's units for one period")
  @APIResponse(
      responseCode = "200",
      description =
          "One line per unit with a budget for the period. Spent: the unit subtree's PURCHASE,"
              + " REVERSAL and CREDIT_ADJUSTMENT billing amounts in the budget's currency dated"
              + " in the period; refunded: its REFUNDs, negated; PAYMENTs count for nothing;"
              + " available: allocated - spent + refunded.",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "March",
                      value =
                          "[{\"unitId\":4,\"unitName\":\"Finance\",\"unitPath\":\"/1/4/\","
                              + "\"period\":\"2025-03\",\"currency\":\"ILS\",\"allocated\":"
                              + "\"50000.00\",\"spent\":\"12000.50\",\"refunded\":\"0.00\","
                              + "\"available\":\"37999.50\"}]")))
  public List<BudgetView> budgets(
      @QueryParam("period")
          @Parameter(
              description = "yyyy-MM for a monthly budget, yyyy for the whole-year budget",
              example = "2025-03",
              required = true)
          String period,
      @QueryParam("unit") @Parameter(description = "Limit to this unit and its sub-units")
          String unit) {
    return budgets.budgets(caller.orgId(), periodKey(period), unitId(unit), caller.unitScope());
  }

  static String periodKey(String period) {
    if (period != null && period.matches("20[0-9]{2}")) {
      return period + "-00";
    }
    if (period != null && period.matches("20[0-9]{2}-(0[1-9]|1[0-2])")) {
      return period;
    }
    throw ProblemException.badRequest(
        "invalid-period", "period must be a year (yyyy) or a month (yyyy-MM).");
  }

  private static Long unitId(String unit) {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    if (!unit.matches("[1-9][0-9]{0,17}")) {
      throw ProblemException.badRequest("invalid-parameter", "unit must be a unit id.");
    }
    return Long.parseLong(unit);
  }
}
