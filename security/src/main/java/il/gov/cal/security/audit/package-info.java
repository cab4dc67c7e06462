/**
 * Audit events: who did what to which target, with what outcome, when, under which correlation id;
 * recorded in the append-only table {@code audit_event}.
 *
 * <p>Guarantees: an event never holds a sensitive value (its constructor rejects any text the
 * {@link il.gov.cal.security.redaction.Redactor} would change); the code has no path that updates
 * or deletes an event. The table's DDL is the resource {@code db/audit/audit_event.sql}, which the
 * operational core's migrations include.
 *
 * <p>Limitations: append-only is enforced by this code, not by the database; the database account
 * the services use should hold only {@code INSERT} and {@code SELECT} on {@code audit_event}, which
 * is granted per environment. An event written in the caller's transaction is rolled back with it:
 * a denied or failed command must be recorded outside the transaction it aborts.
 */
package il.gov.cal.security.audit;
