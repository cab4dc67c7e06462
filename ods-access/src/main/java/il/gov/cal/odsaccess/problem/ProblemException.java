package il.gov.cal.odsaccess.problem;

/**
 * A failure the caller can act on, answered as an RFC 9457 problem: an HTTP status, a stable code
 * (the last segment of the problem type URI) and a detail sentence safe to show. The detail never
 * carries a token, card number, code or PIN.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String code;
  private final String title;

  public ProblemException(int status, String code, String title, String detail) {
    super(detail);
    this.status = status;
    this.code = code;
    this.title = title;
  }

  /** The request is malformed or out of range: 400. */
  public static ProblemException badRequest(String code, String detail) {
    return new ProblemException(400, code, "Invalid request", detail);
  }

  /** The caller is not (or no longer) authenticated: 401. */
  public static ProblemException unauthorized(String code, String detail) {
    return new ProblemException(401, code, "Not authenticated", detail);
  }

  /** Nothing the caller may see exists under that name: 404. */
  public static ProblemException notFound(String code, String detail) {
    return new ProblemException(404, code, "Not found", detail);
  }

  /** A business rule refuses the request as it stands: 409 or 423 by the rule's nature. */
  public static ProblemException ruleViolated(int status, String code, String detail) {
    return new ProblemException(status, code, "Request refused", detail);
  }

  /** A system this service depends on did not answer: 503. */
  public static ProblemException unavailable(String code, String detail) {
    return new ProblemException(503, code, "Temporarily unavailable", detail);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }
}
