package il.gov.cal.odsaccess.problem;

import il.gov.cal.security.problem.ServiceException;
import java.util.List;

/**
 * A failure of an ODS read service the caller can act on, answered as an RFC 9457 problem by the
 * security module's {@code ServiceExceptionMapper}: an HTTP status, a stable code and a detail
 * sentence safe to show. The detail never carries a token, card number, code or PIN (and is
 * redacted on construction all the same).
 */
public class ProblemException extends ServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * A problem.
   *
   * @param status the HTTP status
   * @param code the stable code (lowercase words joined by {@code -} or {@code .})
   * @param title the fixed summary of this kind of problem
   * @param detail an explanation for the caller
   */
  public ProblemException(int status, String code, String title, String detail) {
    super(status, code, title, detail, List.of());
  }

  /**
   * The request is malformed or out of range: 400.
   *
   * @param code the stable code
   * @param detail an explanation for the caller
   * @return the exception
   */
  public static ProblemException badRequest(String code, String detail) {
    return new ProblemException(400, code, "Invalid request", detail);
  }

  /**
   * The caller is not (or no longer) authenticated: 401.
   *
   * @param code the stable code
   * @param detail an explanation for the caller
   * @return the exception
   */
  public static ProblemException unauthorized(String code, String detail) {
    return new ProblemException(401, code, "Not authenticated", detail);
  }

  /**
   * Nothing the caller may see exists under that name: 404.
   *
   * @param code the stable code
   * @param detail an explanation for the caller
   * @return the exception
   */
  public static ProblemException notFound(String code, String detail) {
    return new ProblemException(404, code, "Not found", detail);
  }

  /**
   * A business rule refuses the request as it stands: 409 or 423 by the rule's nature.
   *
   * @param status the HTTP status
   * @param code the stable code
   * @param detail an explanation for the caller
   * @return the exception
   */
  public static ProblemException ruleViolated(int status, String code, String detail) {
    return new ProblemException(status, code, "Request refused", detail);
  }

  /**
   * A system this service depends on did not answer: 503.
   *
   * @param code the stable code
   * @param detail an explanation for the caller
   * @return the exception
   */
  public static ProblemException unavailable(String code, String detail) {
    return new ProblemException(503, code, "Temporarily unavailable", detail);
  }
}
