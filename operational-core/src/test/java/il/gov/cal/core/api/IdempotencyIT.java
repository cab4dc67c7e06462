package il.gov.cal.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient.Reply;
import org.junit.jupiter.api.Test;

class IdempotencyIT {

  @Test
  void repeatingAPostWithTheSameKeyAndBodyReplaysTheFirstResponse() throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    String body = "{\"code\":\"IDEM-1\",\"name\":\"Once only\"}";

    Reply first = org.postIdempotent("/units", "key-1", body);
    Reply again = org.postIdempotent("/units", "key-1", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
    assertThat(again.raw().headers().firstValue("Idempotency-Replayed")).contains("true");
    assertThat(again.raw().headers().firstValue("Location"))
        .isEqualTo(first.raw().headers().firstValue("Location"));
    assertThat(org.get("/units").body()).containsOnlyOnce("IDEM-1");
  }

  @Test
  void reusingAKeyWithADifferentBodyIs422() throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    org.postIdempotent("/units", "key-2", "{\"code\":\"IDEM-2\",\"name\":\"A\"}").expect(201);

    Reply reused = org.postIdempotent("/units", "key-2", "{\"code\":\"IDEM-3\",\"name\":\"B\"}");

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.json().getString("code")).isEqualTo("idempotency.key-reused");
  }

  @Test
  void aFailedRequestDoesNotConsumeItsKey() throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    String body = "{\"unitId\":999999999,\"product\":\"VIRTUAL\"}";

    assertThat(org.postIdempotent("/cards", "key-3", body).status()).isEqualTo(404);
    assertThat(org.postIdempotent("/cards", "key-3", body).status()).isEqualTo(404);
  }

  @Test
  void theSameKeyInAnotherOrganisationIsIndependent() throws Exception {
    CoreClient a = CoreClient.forNewOrganisation();
    CoreClient b = CoreClient.forNewOrganisation();
    String body = "{\"code\":\"IDEM-4\",\"name\":\"Shared key\"}";

    Reply inA = a.postIdempotent("/units", "shared", body);
    Reply inB = b.postIdempotent("/units", "shared", body);

    assertThat(inA.status()).isEqualTo(201);
    assertThat(inB.status()).isEqualTo(201);
    assertThat(inB.raw().headers().firstValue("Idempotency-Replayed")).isEmpty();
  }
}
