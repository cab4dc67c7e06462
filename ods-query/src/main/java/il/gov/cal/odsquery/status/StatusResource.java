package il.gov.cal.odsquery.status;

import il.gov.cal.odsaccess.search.OdsAliases;
import il.gov.cal.odsquery.caller.OdsRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;

/**
 * {@code GET /status}: how current the ODS is, per alias. It holds no tenant's records
 * (platform-wide counts and times only), so it needs no caller organisation; being platform-wide,
 * it is for platform and organisation administrators and analysts only.
 */
@Path("/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({OdsRoles.PLATFORM_ADMIN, OdsRoles.ORG_ADMIN, OdsRoles.ANALYST})
public class StatusResource {

  @Inject OpenSearchClient client;
  @Inject FreshnessReader freshness;

  @GET
  @Operation(summary = "Freshness and size of each ODS index")
  @APIResponse(
      responseCode = "200",
      description = "One entry per alias",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "status",
                      value =
                          "[{\"alias\":\"cal-transactions\",\"available\":true,\"documents\":"
                              + "120000,\"freshness\":{\"lastSourceCommitAt\":\"2025-03-02T10:00:00.950Z\","
                              + "\"lastIndexedAt\":\"2025-03-02T10:00:01.250Z\","
                              + "\"lastSourcePosition\":88412}}]")))
  public List<IndexStatusView> status() {
    Map<String, IndexFreshness> rows = freshness.byAlias();
    List<IndexStatusView> views = new ArrayList<>();
    for (String alias : OdsAliases.ALL) {
      Long documents = count(alias);
      views.add(new IndexStatusView(alias, documents != null, documents, rows.get(alias)));
    }
    return views;
  }

  private Long count(String alias) {
    try {
      return client.count(c -> c.index(alias)).count();
    } catch (OpenSearchException | IOException e) {
      return null;
    }
  }
}
