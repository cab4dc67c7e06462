package il.gov.cal.cardview.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IssuerPinSimulatorTest {

  private IssuerPinSimulator simulator(boolean enabled, double failureRate) {
    IssuerPinSimulator simulator = new IssuerPinSimulator();
    simulator.enabled = enabled;
    simulator.latencyMs = 0;
    simulator.failureRate = failureRate;
    return simulator;
  }

  @Test
  void theSameCardAlwaysHasTheSameFourDigitPin() throws Exception {
    IssuerPinSimulator simulator = simulator(true, 0);

    String pin = simulator.currentPin(1, 17).digits();

    assertThat(pin).matches("[0-9]{4}").isEqualTo(simulator.currentPin(1, 17).digits());
  }

  @Test
  void aCardTheIssuerDoesNotKnowAlwaysFails() {
    assertThatThrownBy(() -> simulator(true, 0).currentPin(1, 1999))
        .isInstanceOf(IssuerUnavailableException.class);
  }

  @Test
  void theConfiguredShareOfCallsFails() {
    assertThatThrownBy(() -> simulator(true, 1.0).currentPin(1, 17))
        .isInstanceOf(IssuerUnavailableException.class);
  }

  @Test
  void outsideDevAndTestEveryCallFails() {
    assertThatThrownBy(() -> simulator(false, 0).currentPin(1, 17))
        .isInstanceOf(IssuerUnavailableException.class);
  }

  @Test
  void aPinNeverShowsInItsToString() {
    assertThat(new IssuerPin("1234").toString()).doesNotContain("1234");
  }
}
