package il.gov.cal.cardview;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.cardview.pin.IssuerPinSimulator;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PIN recovery: the one-time code, the lock after wrong codes, an issuer failure. */
class PinRecoveryIT extends CardViewServerTestBase {

  @Test
  void theRightCodeRevealsThePinOnceWithoutCaching() throws Exception {
    String session = session(CARD, HOLDER);
    assertThat(post("/card-view/pin/otp", "{}", session).statusCode()).isEqualTo(202);
    String code = Files.readString(outbox.resolve("card-" + CARD + ".otp"));

    HttpResponse<String> pin = post("/card-view/pin", "{\"code\":\"" + code + "\"}", session);
    HttpResponse<String> again = post("/card-view/pin", "{\"code\":\"" + code + "\"}", session);

    assertThat(pin.statusCode()).isEqualTo(200);
    assertThat(json(pin).getString("pin")).isEqualTo(IssuerPinSimulator.pinOf(CARD));
    assertThat(pin.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("otp-expired");
    assertThat(codesInAppLog(code, IssuerPinSimulator.pinOf(CARD))).isZero();
    assertThat(storedCodeHashes()).noneMatch(h -> h.contains(code));
  }

  @Test
  void fiveWrongCodesLockPinRecovery() throws Exception {
    String session = session(LOCK_CARD, LOCK_HOLDER);
    assertThat(post("/card-view/pin/otp", "{}", session).statusCode()).isEqualTo(202);
    String code = Files.readString(outbox.resolve("card-" + LOCK_CARD + ".otp"));
    String wrong = code.equals("000000") ? "111111" : "000000";

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      statuses.add(post("/card-view/pin", "{\"code\":\"" + wrong + "\"}", session).statusCode());
    }
    HttpResponse<String> right = post("/card-view/pin", "{\"code\":\"" + code + "\"}", session);

    assertThat(statuses).containsExactly(400, 400, 400, 400, 423);
    assertThat(right.statusCode()).isEqualTo(423);
    assertThat(post("/card-view/pin/otp", "{}", session).statusCode()).isEqualTo(423);
    assertThat(securityEvents("pin-recovery-locked", "too-many-wrong-codes")).isPositive();
  }

  @Test
  void anIssuerFailureIsA503AndRevealsNothing() throws Exception {
    String session = session(FAILING_CARD, FAILING_HOLDER);
    post("/card-view/pin/otp", "{}", session);
    String code = Files.readString(outbox.resolve("card-" + FAILING_CARD + ".otp"));

    HttpResponse<String> response = post("/card-view/pin", "{\"code\":\"" + code + "\"}", session);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("issuer-unavailable").doesNotContain("\"pin\"");
  }
}
