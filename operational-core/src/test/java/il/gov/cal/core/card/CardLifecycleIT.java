package il.gov.cal.core.card;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.core.api.CoreClient.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class CardLifecycleIT {

  @Test
  void cardMovesThroughItsLifecycleAndRefusesAnIllegalMoveWith409() throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    long unit = org.createUnit("LC-1", null);
    long holder = enrol(org, unit, "EMP-1");
    long card =
        org.post("/cards", "{\"unitId\":" + unit + ",\"product\":\"VIRTUAL\"}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();

    assertThat(status(org.get("/cards/" + card))).isEqualTo("REQUESTED");
    assertThat(
            status(
                org.post(
                    "/cards/" + card + "/issuance",
                    "{\"issuerToken\":\"tok-"
                        + card
                        + "-"
                        + holder
                        + "-x\",\"last4\":\"4242\","
                        + "\"expiry\":\"2029-12\"}")))
        .isEqualTo("ISSUED");
    assertThat(
            status(org.post("/cards/" + card + "/assignment", "{\"cardholderId\":" + holder + "}")))
        .isEqualTo("ISSUED");
    assertThat(status(org.post("/cards/" + card + "/activation"))).isEqualTo("ACTIVE");
    assertThat(status(org.post("/cards/" + card + "/freeze"))).isEqualTo("FROZEN");
    assertThat(status(org.post("/cards/" + card + "/unfreeze"))).isEqualTo("ACTIVE");
    assertThat(status(org.post("/cards/" + card + "/cancellation"))).isEqualTo("CANCELLED");

    Reply illegal = org.post("/cards/" + card + "/activation");

    assertThat(illegal.status()).isEqualTo(409);
    assertThat(illegal.contentType()).startsWith("application/problem+json");
    JsonObject problem = illegal.json();
    assertThat(problem.getString("code")).isEqualTo("card.illegal-transition");
    assertThat(problem.getInt("status")).isEqualTo(409);
    assertThat(problem.getString("instance")).isEqualTo("/core/cards/" + card + "/activation");
    JsonObject view = org.get("/cards/" + card).expect(200);
    assertThat(view.getString("last4")).isEqualTo("4242");
    assertThat(view.toString()).doesNotContain("tok-");
  }

  @Test
  void activatingAnIssuedCardWithoutCardholderIsRefused() throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    long unit = org.createUnit("LC-2", null);
    long card =
        org.post("/cards", "{\"unitId\":" + unit + ",\"product\":\"PHYSICAL\"}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();
    org.post(
            "/cards/" + card + "/issuance",
            "{\"issuerToken\":\"tok-unassigned-"
                + card
                + "\",\"last4\":\"1111\","
                + "\"expiry\":\"2030-01\"}")
        .expect(200);

    Reply refused = org.post("/cards/" + card + "/activation");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("code")).isEqualTo("card.unassigned");
  }

  static long enrol(CoreClient org, long unit, String ref) throws Exception {
    return org.post(
            "/cardholders",
            "{\"unitId\":"
                + unit
                + ",\"externalRef\":\""
                + ref
                + "\",\"firstName\":\"Dana\",\"lastName\":\"Levi\",\"nationalId\":\"000000018\","
                + "\"email\":\"dana@example.gov.il\",\"phone\":\"+972501234567\"}")
        .expect(201)
        .getJsonNumber("id")
        .longValue();
  }

  private static String status(Reply reply) {
    return reply.expect(200).getString("status");
  }
}
