package il.gov.cal.core.unit.api;

import il.gov.cal.core.CoreRoles;
import il.gov.cal.core.api.Idempotent;
import il.gov.cal.core.api.RequestBodies;
import il.gov.cal.core.unit.application.UnitService;
import il.gov.cal.core.unit.domain.Unit;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's organisation's unit hierarchy (intended role: organisation administrator). */
@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The organisation's hierarchy of units")
public class UnitResource {

  @Inject private UnitService service;
  @Inject private RequestBodies bodies;
  @Context private UriInfo uriInfo;

  @RolesAllowed({
    CoreRoles.ORG_ADMIN,
    CoreRoles.FINANCE_MANAGER,
    CoreRoles.UNIT_MANAGER,
    CoreRoles.ANALYST
  })
  @GET
  @Operation(summary = "The whole hierarchy as a tree of top-level units and their children")
  public List<UnitView> tree() {
    return UnitView.tree(service.allUnits());
  }

  @RolesAllowed({
    CoreRoles.ORG_ADMIN,
    CoreRoles.FINANCE_MANAGER,
    CoreRoles.UNIT_MANAGER,
    CoreRoles.ANALYST
  })
  @GET
  @Path("{id}")
  @Operation(summary = "One unit")
  @APIResponse(responseCode = "404", description = "No such unit in the caller's organisation")
  public UnitView get(@PathParam("id") long id) {
    return UnitView.of(service.unit(id));
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @POST
  @Idempotent
  @Operation(summary = "Create a unit, at the top level or under a parent")
  @RequestBody(
      required = true,
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "division",
                      value =
                          "{\"code\":\"MOF-BUDGET\",\"name\":\"Budgets division\",\"parentId\":1}")))
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "unit.code-taken")
  public Response create(CreateUnitRequest request) {
    CreateUnitRequest valid = bodies.valid(request);
    Unit unit = service.createUnit(valid.code(), valid.name(), valid.parentId());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(unit.id().toString()).build())
        .entity(UnitView.of(unit))
        .build();
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @POST
  @Path("{id}/rename")
  @Operation(summary = "Rename a unit")
  @RequestBody(
      required = true,
      content =
          @Content(examples = @ExampleObject(name = "rename", value = "{\"name\":\"Budgets\"}")))
  public UnitView rename(@PathParam("id") long id, RenameUnitRequest request) {
    return UnitView.of(service.renameUnit(id, bodies.valid(request).name()));
  }

  @RolesAllowed({CoreRoles.ORG_ADMIN})
  @POST
  @Path("{id}/move")
  @Operation(summary = "Move a unit and its subtree under another unit (null: top level)")
  @RequestBody(
      required = true,
      content = @Content(examples = @ExampleObject(name = "move", value = "{\"parentId\":4}")))
  @APIResponse(responseCode = "409", description = "unit.move-into-own-subtree")
  public UnitView move(@PathParam("id") long id, MoveUnitRequest request) {
    return UnitView.of(service.moveUnit(id, bodies.valid(request).parentId()));
  }
}
