package il.gov.cal.security.audit;

import il.gov.cal.security.correlation.CorrelationId;
import il.gov.cal.security.redaction.Redactor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One audited action. It names things by id and never carries a value: no card number, national id,
 * amount of a secret or token. Every text is checked against the {@link Redactor} and against its
 * column's length, and the time is kept to the millisecond, as stored.
 *
 * @param occurredAt when the action happened, truncated to milliseconds
 * @param organisationId the organisation acted in, or {@code null} for platform-wide actions
 * @param actor who acted: a token subject or a system name (at most 200 characters)
 * @param action what was done, such as {@code card.freeze} (lowercase, at most 100 characters)
 * @param targetType the kind of thing acted on, such as {@code card} (at most 50 characters)
 * @param targetId the id of the thing acted on, or {@code null} (at most 100 characters)
 * @param outcome how it ended
 * @param correlationId the request's correlation id, or {@code null} outside a request
 */
public record AuditEvent(
    Instant occurredAt,
    Long organisationId,
    String actor,
    String action,
    String targetType,
    String targetId,
    AuditOutcome outcome,
    String correlationId) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*+(?:[.-][a-z0-9_]++)*+");

  /** Validates; see the class documentation. */
  public AuditEvent {
    occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MILLIS);
    Objects.requireNonNull(outcome, "outcome");
    requireText("actor", actor, 200);
    requireText("action", action, 100);
    requireText("targetType", targetType, 50);
    if (!NAME.matcher(action).matches() || !NAME.matcher(targetType).matches()) {
      throw new IllegalArgumentException("action and targetType must be lowercase names");
    }
    if (targetId != null) {
      requireText("targetId", targetId, 100);
    }
    if (correlationId != null && !CorrelationId.isValid(correlationId)) {
      throw new IllegalArgumentException("correlationId is not a valid correlation id");
    }
  }

  /**
   * An event that happens now, in the current request.
   *
   * @param organisationId the organisation acted in, or {@code null}
   * @param actor who acted
   * @param action what was done
   * @param targetType the kind of thing acted on
   * @param targetId the id of the thing acted on, or {@code null}
   * @param outcome how it ended
   * @return the event, with the current time and correlation id
   */
  public static AuditEvent now(
      Long organisationId,
      String actor,
      String action,
      String targetType,
      String targetId,
      AuditOutcome outcome) {
    return new AuditEvent(
        Instant.now(),
        organisationId,
        actor,
        action,
        targetType,
        targetId,
        outcome,
        CorrelationId.current());
  }

  private static void requireText(String name, String value, int maxLength) {
    if (value == null || value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(name + " must be 1 to " + maxLength + " characters");
    }
    if (!Redactor.isClean(value)) {
      throw new IllegalArgumentException(name + " holds a value that must not be audited");
    }
  }
}
