package il.gov.cal.security.problem;

import il.gov.cal.security.redaction.Redactor;
import java.util.List;

/**
 * The base of the exceptions services throw on purpose: each knows its HTTP status, a stable code
 * and a title, and becomes a problem response in {@link ServiceExceptionMapper}, the one place
 * where that happens. The message is the problem's detail; it is redacted on construction, so the
 * exception is safe to log as well.
 */
public abstract class ServiceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String title;
  private final List<FieldError> errors;

  /**
   * An exception for a problem.
   *
   * @param status the HTTP status
   * @param code the stable code, see {@link Problem#isValidCode(String)}
   * @param title the fixed summary of this kind of problem
   * @param detail an explanation for the caller
   * @param errors field-level reasons, possibly empty
   */
  protected ServiceException(
      int status, String code, String title, String detail, List<FieldError> errors) {
    super(Redactor.redact(detail));
    if (!Problem.isValidCode(code)) {
      throw new IllegalArgumentException("code must be lowercase words joined by '.' or '-'");
    }
    this.status = status;
    this.code = code;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /**
   * The HTTP status of the problem.
   *
   * @return a 4xx status
   */
  public int status() {
    return status;
  }

  /**
   * The stable code, for clients to branch on.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The problem's title.
   *
   * @return the fixed summary of this kind of problem
   */
  public String title() {
    return title;
  }

  /**
   * The field-level reasons.
   *
   * @return the reasons, possibly empty
   */
  public List<FieldError> errors() {
    return errors;
  }

  /**
   * The problem this exception stands for, without request-specific members.
   *
   * @return the problem
   */
  public Problem toProblem() {
    return Problem.of(status, code, title, getMessage()).withErrors(errors);
  }
}
