package il.gov.cal.core.transaction.api;

import il.gov.cal.core.CoreRoles;
import il.gov.cal.core.api.CursorCodec;
import il.gov.cal.core.api.Page;
import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.api.QueryParams;
import il.gov.cal.core.tenancy.CallerTenant;
import il.gov.cal.core.transaction.application.TransactionQueryService;
import il.gov.cal.core.transaction.domain.CardTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operational list of the caller's organisation's card transactions (intended roles:
 * organisation administrator and finance officer). Heavy searching belongs to the ODS services.
 */
@Path("transactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transactions", description = "Card transactions imported from the issuer")
public class TransactionResource {

  @Inject private TransactionQueryService service;
  @Inject private CursorCodec cursors;
  @Inject private CallerTenant caller;

  @RolesAllowed({
    CoreRoles.ORG_ADMIN,
    CoreRoles.FINANCE_MANAGER,
    CoreRoles.UNIT_MANAGER,
    CoreRoles.ANALYST
  })
  @GET
  @Operation(summary = "Transactions in id order, a page at a time, with optional filters")
  @APIResponse(responseCode = "400", description = "A parameter or the cursor is invalid")
  public Page<TransactionView> list(
      @Parameter(description = "only this card's") @QueryParam("cardId") String cardId,
      @Parameter(description = "only cards charged to this unit") @QueryParam("unitId")
          String unitId,
      @Parameter(description = "transaction date from, inclusive", example = "2026-01-01")
          @QueryParam("from")
          String from,
      @Parameter(description = "transaction date to, inclusive", example = "2026-01-31")
          @QueryParam("to")
          String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    long org = caller.organisationId();
    PageRequest page = cursors.decode(org, cursor, PageRequest.limit(limit));
    List<CardTransaction> found =
        service.transactions(
            page,
            QueryParams.id("cardId", cardId),
            QueryParams.id("unitId", unitId),
            QueryParams.date("from", from),
            QueryParams.date("to", to));
    String next =
        found.size() < page.limit() ? null : cursors.encode(org, found.get(found.size() - 1).id());
    return new Page<>(found.stream().map(TransactionView::of).toList(), next);
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN, CoreRoles.FINANCE_MANAGER, CoreRoles.ANALYST})
  @GET
  @Path("{id}")
  @Operation(summary = "One transaction")
  @APIResponse(responseCode = "404", description = "No such transaction in the organisation")
  public TransactionView get(@PathParam("id") long id) {
    return TransactionView.of(service.transaction(id));
  }
}
