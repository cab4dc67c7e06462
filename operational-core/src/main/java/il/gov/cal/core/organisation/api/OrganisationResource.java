package il.gov.cal.core.organisation.api;

import il.gov.cal.core.CoreRoles;
import il.gov.cal.core.api.RequestBodies;
import il.gov.cal.core.organisation.application.OrganisationService;
import il.gov.cal.core.organisation.domain.Organisation;
import il.gov.cal.security.identity.CurrentCaller;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Organisations (tenants). Registering one is for platform administrators; any other role reads its
 * own organisation only, and a platform administrator reads any.
 */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Tenants of the platform (platform administrators)")
public class OrganisationResource {

  @Inject private OrganisationService service;
  @Inject private RequestBodies bodies;
  @Inject private CurrentCaller identity;
  @Context private UriInfo uriInfo;

  @POST
  @RolesAllowed({CoreRoles.PLATFORM_ADMIN})
  @Operation(summary = "Register an organisation (platform administrator)")
  @RequestBody(
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
}
