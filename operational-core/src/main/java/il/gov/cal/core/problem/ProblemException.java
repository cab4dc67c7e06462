package il.gov.cal.core.problem;

import java.util.List;

/**
 * Base of every failure the API reports as a problem: an HTTP status, a stable machine-readable
 * code such as {@code card.illegal-transition}, and a message safe to show (never personal data).
 */
public abstract class ProblemException extends RuntimeException {

  private final int status;
  private final String code;
  private final List<FieldError> fieldErrors;

  protected ProblemException(int status, String code, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.code = code;
    this.fieldErrors = List.copyOf(errors);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** A short, stable title per kind of problem. */
  public abstract String title();
}
