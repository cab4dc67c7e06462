package il.gov.cal.core.audit;

import il.gov.cal.core.tenancy.CallerTenant;
import il.gov.cal.security.audit.AuditEvent;
import il.gov.cal.security.audit.AuditOutcome;
import il.gov.cal.security.identity.CallerContext;
import il.gov.cal.security.identity.CurrentCaller;
import il.gov.cal.security.problem.ServiceException;
import il.gov.cal.security.redaction.Redactor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Records what the current caller did, for the application services: one call per command or
 * sensitive read, named as the business names it ({@code card.freeze}, {@code
 * cardholder.personal-data.read}). The actor is the token's subject, the organisation the caller's
 * tenant (none for a platform administrator's commands), the target a type and its id written as
 * {@code <type>-<id>} (never a bare digit run, which would read as a national id).
 */
@RequestScoped
public class Audit {

  /** The actor recorded when the token's subject itself looks like a sensitive value. */
  static final String UNRECORDABLE_SUBJECT = "subject-withheld";

  @Inject private CurrentCaller caller;
  @Inject private CallerTenant tenant;
  @Inject private AuditWriter writer;

  /** Records a successful command or read, in the current transaction. */
  public void succeeded(String action, String targetType, Object targetId) {
    writer.withTheChange(event(action, targetType, targetId, AuditOutcome.SUCCESS));
  }

  /** Records a command refused by a rule, in a transaction of its own. */
  public void failed(String action, String targetType, Object targetId) {
    writer.onItsOwn(event(action, targetType, targetId, AuditOutcome.FAILURE));
  }

  /** Records a command the caller was not allowed to carry out, in a transaction of its own. */
  public void denied(String action, String targetType, Object targetId) {
    writer.onItsOwn(event(action, targetType, targetId, AuditOutcome.DENIED));
  }

  /**
   * Runs a step that a domain rule may refuse; a refusal is recorded as failed and passed on.
   *
   * @param action the command
   * @param targetType what it acts on
   * @param targetId the target's id
   * @param step the step
   */
  public void refusable(String action, String targetType, Object targetId, Runnable step) {
    try {
      step.run();
    } catch (ServiceException e) {
      failed(action, targetType, targetId);
      throw e;
    }
  }

  private AuditEvent event(String action, String type, Object id, AuditOutcome outcome) {
    String actor = caller.find().map(CallerContext::subject).orElse("anonymous");
    Long organisationId = tenant.find().isPresent() ? tenant.find().getAsLong() : null;
    return AuditEvent.now(
        organisationId,
        Redactor.isClean(actor) ? actor : UNRECORDABLE_SUBJECT,
        action,
        type,
        id == null ? null : type + "-" + id,
        outcome);
  }
}
