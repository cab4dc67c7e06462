package il.gov.cal.security.audit;

/** An audit event could not be recorded. The caller decides whether the action may stand. */
public final class AuditTrailException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure with its cause.
   *
   * @param message what failed
   * @param cause the underlying failure
   */
  public AuditTrailException(String message, Throwable cause) {
    super(message, cause);
  }
}
