package il.gov.cal.cardview.card;

import il.gov.cal.cardview.session.CardViewSession;
import il.gov.cal.cardview.session.SessionGuard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /card}: the session's card, masked, with its unit's available budget. */
@Path("/card")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CardResource {

  @Inject SessionGuard guard;
  @Inject CardQueryService cards;

  @GET
  @Operation(summary = "The card this session is for")
  @APIResponse(
      responseCode = "200",
      description = "The card",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "card",
                      value =
                          "{\"id\":17,\"maskedNumber\":\"**** **** **** 0017\",\"last4\":\"0017\","
                              + "\"expiry\":\"2028-12\",\"status\":\"ACTIVE\",\"unitId\":9,"
                              + "\"unitName\":\"Procurement\",\"budget\":{\"period\":\"2025-03\","
                              + "\"available\":\"37999.50\",\"currency\":\"ILS\"}}")))
  public CardView card() {
    CardViewSession session = guard.require();
    return cards.view(session.orgId(), session.cardId());
  }
}
