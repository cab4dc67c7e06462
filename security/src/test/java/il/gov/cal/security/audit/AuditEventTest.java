package il.gov.cal.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.security.correlation.CorrelationId;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEventTest {

  private static final Instant AT = Instant.parse("2026-03-01T10:00:00.123456Z");

  @AfterEach
  void clear() {
    CorrelationId.unbind();
  }

  @Test
  void aValidEventKeepsItsValuesWithTheTimeTruncatedToMilliseconds() {
    AuditEvent event =
        new AuditEvent(
            AT, 7L, "dana", "card.freeze", "card", "c-17", AuditOutcome.SUCCESS, "req-00000001");

    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123Z"));
    assertThat(event.targetId()).isEqualTo("c-17");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111111", "123456782", "pin=1234", "Bearer abcdefghijklmnop0"})
  void constructionRejectsATargetIdTheRedactorWouldChangeWithoutRepeatingIt(String value) {
    assertThatThrownBy(
            () ->
                new AuditEvent(
                    AT, 7L, "dana", "card.view", "card", value, AuditOutcome.SUCCESS, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(value);
  }

  @Test
  void constructionRejectsASensitiveActorAndMalformedNames() {
    assertThatThrownBy(
            () ->
                new AuditEvent(
                    AT, 7L, "id 123456782", "card.view", "card", null, AuditOutcome.DENIED, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new AuditEvent(
                    AT, 7L, "dana", "Card View", "card", null, AuditOutcome.DENIED, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new AuditEvent(
                    AT, 7L, "x".repeat(201), "card.view", "card", null, AuditOutcome.DENIED, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nowTakesTheCurrentCorrelationId() {
    CorrelationId.bind("req-00000009");

    AuditEvent event =
        AuditEvent.now(null, "issuer", "file.import", "import", "f-1", AuditOutcome.FAILURE);

    assertThat(event.correlationId()).isEqualTo("req-00000009");
    assertThat(event.organisationId()).isNull();
  }
}
