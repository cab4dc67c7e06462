/**
 * The core's audit trail: one {@link il.gov.cal.security.audit.AuditEvent} per state-changing
 * command and per read of personal data, written to {@code audit_event} in {@code cal_core}, which
 * the CDC pipeline carries to the ODS.
 *
 * <p>Guarantees: a successful command's event is written in the command's own JTA transaction, so
 * the change and its event commit or roll back together; a command refused by a domain rule is
 * recorded as {@code FAILURE} in a transaction of its own, since the command's is rolled back.
 * Events name actor, organisation, action, target type and id, outcome, time and correlation id,
 * never a value. If the event cannot be written, the command fails with it.
 *
 * <p>Limitations: 401 and 403 answers are given by the server before the application runs and are
 * not recorded here (the server's access log has them). Only refusals by a domain rule are recorded
 * as failures: not-found answers, validation errors and server errors are not.
 */
package il.gov.cal.core.audit;
