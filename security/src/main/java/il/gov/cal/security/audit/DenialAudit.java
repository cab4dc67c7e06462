package il.gov.cal.security.audit;

import il.gov.cal.security.identity.BearerTokenScreen.Rejection;
import il.gov.cal.security.identity.CallerContext;
import il.gov.cal.security.redaction.Redactor;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every request the platform refuses at its edge (401 or 403) as a security event: who,
 * when the token said so and Liberty verified it, the organisation they act in, what they asked for
 * (method and path, never the query), the outcome {@code DENIED} and the correlation id. A refused
 * token is named by the reason only; nothing of the token is kept.
 *
 * <p>Actions: {@code authentication.rejected.<reason>} (a bearer token refused by the screen),
 * {@code authentication.required} (a 401 without a usable token), {@code access.denied} (a 403). An
 * application may record its own, more specific event for the same request; this one is the uniform
 * record of each refused answer, including those given before any application code ran.
 *
 * <p>Without an audit trail (a service with no data source for the audit table) the event is
 * written as one WARN line of the {@code il.gov.cal.security.denials} logger instead.
 */
public final class DenialAudit {

  private static final Logger log = LoggerFactory.getLogger("il.gov.cal.security.denials");
  private static final String ANONYMOUS = "anonymous";

  private final Optional<AuditTrail> trail;

  /**
   * @param trail where events go, or empty to log them only
   */
  public DenialAudit(Optional<AuditTrail> trail) {
    this.trail = trail;
  }

  /** A bearer token refused before any application code ran. */
  public void tokenRejected(HttpServletRequest request, Rejection reason) {
    record(
        AuditEvent.now(
            null,
            ANONYMOUS,
            "authentication.rejected." + reason.code(),
            "http_request",
            target(request),
            AuditOutcome.DENIED));
  }

  /** A 401 or 403 answer, whoever gave it. */
  public void answered(HttpServletRequest request, int status) {
    Optional<CallerContext> caller = caller(request);
    record(
        AuditEvent.now(
            caller.map(CallerContext::organisationId).orElse(null),
            caller.map(CallerContext::subject).map(DenialAudit::actor).orElse(ANONYMOUS),
            status == 401 ? "authentication.required" : "access.denied",
            "http_request",
            target(request),
            AuditOutcome.DENIED));
  }

  private void record(AuditEvent event) {
    log.warn(
        "request denied action={} target={} actor={} org={} correlationId={}",
        event.action(),
        event.targetId(),
        event.actor(),
        event.organisationId(),
        event.correlationId());
    if (trail.isEmpty()) {
      return;
    }
    try {
      trail.get().record(event);
    } catch (RuntimeException e) {
      // The refusal stands; a missing audit row is reported, never turned into a 500.
      log.error(
          "denial not recorded action={} correlationId={} error={}",
          event.action(),
          event.correlationId(),
          e.getClass().getSimpleName());
    }
  }

  private static Optional<CallerContext> caller(HttpServletRequest request) {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    try {
      if (principal instanceof JsonWebToken token) {
        return Optional.of(CallerContext.from(token));
      }
      String name = principal.getName();
      return name == null || name.isBlank()
          ? Optional.empty()
          : Optional.of(new CallerContext(name, null, java.util.Set.of(), null, null, null));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String actor(String subject) {
    return subject.length() <= 200 && Redactor.isClean(subject) ? subject : ANONYMOUS;
  }

  /** {@code GET /core/units}, at most 100 characters, only when it holds nothing sensitive. */
  static String target(HttpServletRequest request) {
    String target = request.getMethod() + " " + request.getRequestURI();
    if (target.length() > 100) {
      target = target.substring(0, 100);
    }
    return Redactor.isClean(target) ? target : request.getMethod() + " " + request.getContextPath();
  }
}
