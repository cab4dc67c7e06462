package il.gov.cal.core.organisation.api;

import il.gov.cal.core.CoreRoles;
import il.gov.cal.core.api.CursorCodec;
import il.gov.cal.core.api.Page;
import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.api.RequestBodies;
import il.gov.cal.core.organisation.application.OrganisationService;
import il.gov.cal.core.organisation.domain.Organisation;
import il.gov.cal.core.tenancy.CallerTenant;
import il.gov.cal.security.identity.CallerContext;
import il.gov.cal.security.identity.CurrentCaller;
import il.gov.cal.security.identity.Role;
import il.gov.cal.security.problem.NotFound;
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
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Organisations (tenants). Registering one is for platform administrators; any other role reads and
 * lists its own organisation only, and a platform administrator reads and lists every one.
 */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Tenants of the platform (platform administrators)")
public class OrganisationResource {

  /**
   * The scope a platform administrator's list cursors are signed for: every organisation at once.
   * No organisation has id 0, so such a cursor is refused in any organisation's list.
   */
  private static final long EVERY_ORGANISATION = 0;

  private static final String PAGE_EXAMPLE =
      "{\"items\":[{\"id\":1,\"code\":\"MOF\",\"name\":\"Ministry of Finance\","
          + "\"issuerCompanyId\":\"512345678\"},{\"id\":2,\"code\":\"MOH\","
          + "\"name\":\"Ministry of Health\",\"issuerCompanyId\":\"512345679\"}],"
          + "\"next\":\"2.kq1Yb0sKXw9uN3pQe1bT9n2Zt0mJd6cVr8aLwQy4Hs0\"}";

  @Inject private OrganisationService service;
  @Inject private RequestBodies bodies;
  @Inject private CurrentCaller identity;
  @Inject private CallerTenant tenant;
  @Inject private CursorCodec cursors;
  @Context private UriInfo uriInfo;

  @POST
  @RolesAllowed({CoreRoles.PLATFORM_ADMIN})
  @Operation(summary = "Register an organisation (platform administrator)")
  @RequestBody(
      required = true,
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "ministry",
                      value =
                          "{\"code\":\"MOF\",\"name\":\"Ministry of Finance\","
                              + "\"issuerCompanyId\":\"512345678\"}")))
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "403", description = "Not a platform administrator")
  @APIResponse(responseCode = "409", description = "Code already in use")
  public Response register(RegisterOrganisationRequest request) {
    RegisterOrganisationRequest valid = bodies.valid(request);
    Organisation created =
        service.registerOrganisation(valid.code(), valid.name(), valid.issuerCompanyId());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(OrganisationView.of(created))
        .build();
  }

  @GET
  @RolesAllowed({
    CoreRoles.PLATFORM_ADMIN,
    CoreRoles.ORG_ADMIN,
    CoreRoles.FINANCE_MANAGER,
    CoreRoles.UNIT_MANAGER,
    CoreRoles.ANALYST
  })
  @Path("{id}")
  @Operation(summary = "The caller's own organisation; any other id is 404")
  @APIResponse(responseCode = "200", description = "The organisation")
  @APIResponse(responseCode = "404", description = "Unknown organisation")
  public OrganisationView get(@PathParam("id") long id) {
    if (!identity.get().canAccessOrganisation(id)) {
      throw NotFound.byId("organisation", id);
    }
    return OrganisationView.of(service.organisation(id));
  }

  @GET
  @RolesAllowed({
    CoreRoles.PLATFORM_ADMIN,
    CoreRoles.ORG_ADMIN,
    CoreRoles.FINANCE_MANAGER,
    CoreRoles.UNIT_MANAGER,
    CoreRoles.ANALYST
  })
  @Operation(
      summary = "Organisations in id order, a page at a time",
      description =
          "A platform administrator sees every organisation; every other role sees only its own"
              + " (a page of one). Pass a page's next as cursor for the following page; the last"
              + " page has none.")
  @APIResponse(
      responseCode = "200",
      description = "One page of organisations",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "platform administrator", value = PAGE_EXAMPLE)))
  @APIResponse(responseCode = "400", description = "limit out of range, or a cursor not issued")
  @APIResponse(responseCode = "403", description = "A role that sees no organisation")
  public Page<OrganisationView> list(
      @Parameter(description = "items per page, 1 to 200 (default 50)", example = "50")
          @QueryParam("limit")
          String limit,
      @Parameter(description = "the next of the previous page") @QueryParam("cursor")
          String cursor) {
    OptionalLong only = visibleOrganisation(identity.get());
    long scope = only.isPresent() ? only.getAsLong() : EVERY_ORGANISATION;
    PageRequest page = cursors.decode(scope, cursor, PageRequest.limit(limit));

    List<Organisation> found = service.organisations(page, only);

    String next =
        found.size() < page.limit()
            ? null
            : cursors.encode(scope, found.get(found.size() - 1).id());
    return new Page<>(found.stream().map(OrganisationView::of).toList(), next);
  }

  /** Empty for a platform administrator, who sees every organisation; else the caller's own. */
  private OptionalLong visibleOrganisation(CallerContext caller) {
    return caller.has(Role.PLATFORM_ADMIN)
        ? OptionalLong.empty()
        : OptionalLong.of(tenant.organisationId());
  }
}
