package il.gov.cal.core.card.api;

import il.gov.cal.core.CoreRoles;
import il.gov.cal.core.api.CursorCodec;
import il.gov.cal.core.api.Idempotent;
import il.gov.cal.core.api.Page;
import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.api.QueryParams;
import il.gov.cal.core.api.RequestBodies;
import il.gov.cal.core.card.application.CardService;
import il.gov.cal.core.card.domain.Card;
import il.gov.cal.core.card.domain.CardProduct;
import il.gov.cal.core.tenancy.CallerTenant;
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
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's organisation's cards. Intended roles: organisation administrator for requests and
 * assignment; administrator or the cardholder for activation, freezing and cancellation; the issuer
 * integration for recording issuance. Every lifecycle command answers 409 with {@code
 * card.illegal-transition} when the card's state does not allow it.
 */
@Path("cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cards", description = "Payment cards and their lifecycle")
public class CardResource {

  @Inject private CardService service;
  @Inject private RequestBodies bodies;
  @Inject private CursorCodec cursors;
  @Inject private CallerTenant caller;
  @Context private UriInfo uriInfo;

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @POST
  @Idempotent
  @Operation(summary = "Ask the issuer for a card charged to a unit (state REQUESTED)")
  @RequestBody(
      required = true,
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "virtual",
                      value = "{\"unitId\":3,\"product\":\"VIRTUAL\",\"cardholderId\":7}")))
  @APIResponse(responseCode = "201", description = "Requested")
  public Response request(RequestCardRequest request) {
    RequestCardRequest valid = bodies.valid(request);
    Card card =
        service.requestCard(
            valid.unitId(), CardProduct.valueOf(valid.product()), valid.cardholderId());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(card.id().toString()).build())
        .entity(CardView.of(card))
        .build();
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN, CoreRoles.FINANCE_MANAGER, CoreRoles.ANALYST})
  @GET
  @Path("{id}")
  @Operation(summary = "One card")
  @APIResponse(responseCode = "404", description = "No such card in the organisation")
  public CardView get(@PathParam("id") long id) {
    return CardView.of(service.card(id));
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN, CoreRoles.FINANCE_MANAGER, CoreRoles.ANALYST})
  @GET
  @Operation(summary = "Cards in id order, a page at a time; optionally of a cardholder or unit")
  public Page<CardView> list(
      @QueryParam("cardholderId") String cardholderId,
      @QueryParam("unitId") String unitId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    long org = caller.organisationId();
    PageRequest page = cursors.decode(org, cursor, PageRequest.limit(limit));
    List<Card> found =
        service.cards(
            page, QueryParams.id("cardholderId", cardholderId), QueryParams.id("unitId", unitId));
    String next =
        found.size() < page.limit() ? null : cursors.encode(org, found.get(found.size() - 1).id());
    return new Page<>(found.stream().map(CardView::of).toList(), next);
  }

  @RolesAllowed({CoreRoles.ISSUER_SYSTEM})
  @POST
  @Path("{id}/issuance")
  @Operation(summary = "Record what the issuer made (REQUESTED to ISSUED)")
  @RequestBody(
      required = true,
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "issued",
                      value =
                          "{\"issuerToken\":\"tok_9f2c\",\"last4\":\"4242\","
                              + "\"expiry\":\"2029-12\"}")))
  @APIResponse(responseCode = "409", description = "card.illegal-transition")
  public CardView recordIssuance(@PathParam("id") long id, RecordIssuanceRequest request) {
    RecordIssuanceRequest valid = bodies.valid(request);
    return CardView.of(
        service.recordIssuance(
            id, valid.issuerToken(), valid.last4(), YearMonth.parse(valid.expiry())));
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @POST
  @Path("{id}/assignment")
  @Operation(summary = "Give the card to a cardholder")
  @RequestBody(
      required = true,
      content =
          @Content(examples = @ExampleObject(name = "assign", value = "{\"cardholderId\":7}")))
  @APIResponse(responseCode = "409", description = "card.already-assigned, cardholder.inactive")
  public CardView assign(@PathParam("id") long id, AssignCardRequest request) {
    return CardView.of(service.assignCard(id, bodies.valid(request).cardholderId()));
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @POST
  @Path("{id}/activation")
  @Operation(summary = "Activate an issued, assigned card (ISSUED to ACTIVE)")
  @APIResponse(responseCode = "409", description = "card.illegal-transition, card.unassigned")
  public CardView activate(@PathParam("id") long id) {
    return CardView.of(service.activateCard(id));
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @POST
  @Path("{id}/freeze")
  @Operation(summary = "Freeze an active card (ACTIVE to FROZEN)")
  @APIResponse(responseCode = "409", description = "card.illegal-transition")
  public CardView freeze(@PathParam("id") long id) {
    return CardView.of(service.freezeCard(id));
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @POST
  @Path("{id}/unfreeze")
  @Operation(summary = "Unfreeze a frozen card (FROZEN to ACTIVE)")
  @APIResponse(responseCode = "409", description = "card.illegal-transition")
  public CardView unfreeze(@PathParam("id") long id) {
    return CardView.of(service.unfreezeCard(id));
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @POST
  @Path("{id}/cancellation")
  @Operation(summary = "Cancel a card for good")
  @APIResponse(responseCode = "409", description = "card.illegal-transition")
  public CardView cancel(@PathParam("id") long id) {
    return CardView.of(service.cancelCard(id));
  }
}
