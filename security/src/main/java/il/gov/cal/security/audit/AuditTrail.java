package il.gov.cal.security.audit;

/** Where audit events go. Implementations only ever add events. */
public interface AuditTrail {

  /**
   * Records an event.
   *
   * @param event the event
   * @throws AuditTrailException when the event could not be recorded
   */
  void record(AuditEvent event);
}
