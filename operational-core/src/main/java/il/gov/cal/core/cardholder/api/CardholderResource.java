package il.gov.cal.core.cardholder.api;

import il.gov.cal.core.CoreRoles;
import il.gov.cal.core.api.CursorCodec;
import il.gov.cal.core.api.Idempotent;
import il.gov.cal.core.api.Page;
import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.api.QueryParams;
import il.gov.cal.core.api.RequestBodies;
import il.gov.cal.core.cardholder.application.CardholderService;
import il.gov.cal.core.cardholder.domain.Cardholder;
import il.gov.cal.core.cardholder.domain.NationalId;
import il.gov.cal.core.tenancy.CallerTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's organisation's cardholders (intended role: organisation administrator). */
@Path("cardholders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cardholders", description = "Employees who hold the organisation's cards")
public class CardholderResource {

  @Inject private CardholderService service;
  @Inject private RequestBodies bodies;
  @Inject private CursorCodec cursors;
  @Inject private CallerTenant caller;
  @Context private UriInfo uriInfo;

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @POST
  @Idempotent
  @Operation(summary = "Enrol a cardholder")
  @RequestBody(
      required = true,
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "employee",
                      value =
                          "{\"unitId\":3,\"externalRef\":\"EMP-0042\",\"firstName\":\"Dana\","
                              + "\"lastName\":\"Levi\",\"nationalId\":\"000000018\","
                              + "\"email\":\"dana@example.gov.il\",\"phone\":\"+972501234567\"}")))
  @APIResponse(responseCode = "201", description = "Enrolled")
  @APIResponse(responseCode = "400", description = "Invalid input, e.g. a bad national id")
  @APIResponse(responseCode = "409", description = "cardholder.external-ref-taken")
  public Response enrol(EnrolCardholderRequest request) {
    EnrolCardholderRequest valid = bodies.valid(request);
    Cardholder.Person person =
        new Cardholder.Person(
            valid.firstName(),
            valid.lastName(),
            NationalId.of(valid.nationalId()),
            valid.email(),
            valid.phone(),
            valid.employeeId());
    Cardholder holder = service.enrolCardholder(valid.unitId(), valid.externalRef(), person);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(holder.id().toString()).build())
        .entity(CardholderView.of(holder))
        .build();
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @GET
  @Path("{id}")
  @Operation(
      summary = "One cardholder with email and phone; the national id masked to its last 3 digits")
  @APIResponse(responseCode = "404", description = "No such cardholder in the organisation")
  public CardholderDetailsView get(@PathParam("id") long id) {
    return CardholderDetailsView.of(service.cardholderWithPersonalData(id));
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @POST
  @Path("search")
  @Operation(summary = "Cardholders with a national id (in the body, to keep it out of URLs)")
  @RequestBody(
      required = true,
      content =
          @Content(examples = @ExampleObject(name = "search", value = "{\"nationalId\":\"18\"}")))
  @APIResponse(responseCode = "400", description = "cardholder.invalid-national-id")
  public Page<CardholderView> search(FindCardholdersRequest request) {
    NationalId nationalId = NationalId.of(bodies.valid(request).nationalId());
    List<Cardholder> found = service.cardholdersWithNationalId(nationalId);
    return new Page<>(found.stream().map(CardholderView::of).toList(), null);
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @GET
  @Operation(summary = "Cardholders in id order, a page at a time; optionally of one unit")
  public Page<CardholderView> list(
      @QueryParam("unitId") String unitId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    long org = caller.organisationId();
    PageRequest page = cursors.decode(org, cursor, PageRequest.limit(limit));
    List<Cardholder> found = service.cardholders(page, QueryParams.id("unitId", unitId));
    String next =
        found.size() < page.limit() ? null : cursors.encode(org, found.get(found.size() - 1).id());
    return new Page<>(found.stream().map(CardholderView::of).toList(), next);
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @PUT
  @Path("{id}/unit")
  @Operation(summary = "Move a cardholder to another unit")
  @RequestBody(
      required = true,
      content = @Content(examples = @ExampleObject(name = "transfer", value = "{\"unitId\":5}")))
  @APIResponse(responseCode = "409", description = "cardholder.inactive")
  public CardholderView transfer(@PathParam("id") long id, TransferCardholderRequest request) {
    return CardholderView.of(service.transferCardholder(id, bodies.valid(request).unitId()));
  }
}
