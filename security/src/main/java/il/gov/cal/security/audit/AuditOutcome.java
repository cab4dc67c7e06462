package il.gov.cal.security.audit;

/** How an audited action ended. */
public enum AuditOutcome {
  /** The action was carried out. */
  SUCCESS,
  /** The caller was not allowed to carry it out. */
  DENIED,
  /** It was allowed but failed: a rule refused it or an error stopped it. */
  FAILURE
}
