package il.gov.cal.core.budget.api;

import il.gov.cal.core.CoreRoles;
import il.gov.cal.core.api.Idempotent;
import il.gov.cal.core.api.MoneyView;
import il.gov.cal.core.api.QueryParams;
import il.gov.cal.core.api.RequestBodies;
import il.gov.cal.core.budget.application.BudgetService;
import il.gov.cal.core.budget.domain.FiscalPeriod;
import il.gov.cal.security.problem.BadRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Budgets of the caller's organisation's units (intended roles: finance officer allocates;
 * organisation administrator and finance officer read).
 */
@Path("budgets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "Allocations per unit and period, with spent and available")
public class BudgetResource {

  @Inject private BudgetService service;
  @Inject private RequestBodies bodies;
  @Context private UriInfo uriInfo;

  @RolesAllowed({CoreRoles.FINANCE_MANAGER})
  @POST
  @Idempotent
  @Operation(summary = "Allocate a budget to a unit for a year or a month")
  @RequestBody(
      required = true,
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "yearly",
                      value =
                          "{\"unitId\":3,\"fiscalYear\":2026,"
                              + "\"allocated\":{\"amount\":\"250000.00\",\"currency\":\"ILS\"}}")))
  @APIResponse(responseCode = "201", description = "Allocated")
  @APIResponse(responseCode = "409", description = "budget.already-allocated")
  public Response allocate(AllocateBudgetRequest request) {
    AllocateBudgetRequest valid = bodies.valid(request);
    MoneyView allocated = valid.allocated();
    if (allocated.amount() == null || allocated.currency() == null) {
      throw BadRequest.ofField("request.invalid", "allocated", "needs amount and currency");
    }
    if (!allocated.currency().equals("ILS")) {
      throw BadRequest.ofField("budget.currency-not-ils", "allocated.currency", "must be ILS");
    }
    long minor = MoneyView.toMinor("allocated.amount", allocated.amount(), allocated.currency());
    FiscalPeriod period = new FiscalPeriod(valid.fiscalYear(), valid.fiscalMonth());
    BudgetService.BudgetWithFigures created =
        service.allocateBudget(valid.unitId(), period, minor, allocated.currency());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(created.budget().id().toString()).build())
        .entity(BudgetView.of(created))
        .build();
  }

  @RolesAllowed({CoreRoles.FINANCE_MANAGER, CoreRoles.ORG_ADMIN, CoreRoles.ANALYST})
  @GET
  @Path("{id}")
  @Operation(summary = "A budget with its allocated, spent, refunded and available amounts")
  @APIResponse(responseCode = "404", description = "No such budget in the organisation")
  public BudgetView get(@PathParam("id") long id) {
    return BudgetView.of(service.budget(id));
  }

  @RolesAllowed({CoreRoles.FINANCE_MANAGER, CoreRoles.ORG_ADMIN, CoreRoles.ANALYST})
  @GET
  @Operation(summary = "A unit's budgets with their figures")
  @APIResponse(responseCode = "400", description = "unitId missing or invalid")
  public List<BudgetView> ofUnit(
      @Parameter(description = "the unit whose budgets to list", required = true, example = "3")
          @QueryParam("unitId")
          String unitId) {
    Long unit = QueryParams.id("unitId", unitId);
    if (unit == null) {
      throw BadRequest.ofField("request.missing-parameter", "unitId", "is required");
    }
    return service.budgetsOfUnit(unit).stream().map(BudgetView::of).toList();
  }
}
