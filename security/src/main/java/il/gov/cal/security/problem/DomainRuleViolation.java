package il.gov.cal.security.problem;

import java.util.List;

/**
 * A business rule refused the command: a budget would be exceeded, a frozen card cannot be charged.
 * Either the command can never succeed as given ({@link Kind#UNPROCESSABLE}, 422) or it conflicts
 * with the current state and may succeed later ({@link Kind#CONFLICT}, 409).
 *
 * <p>Services subclass it per rule, or throw it with a code such as {@code budget.exceeded}.
 */
public class DomainRuleViolation extends ServiceException {

  private static final long serialVersionUID = 1L;

  /** Whether the violation is permanent for this command or depends on the current state. */
  public enum Kind {
    /** 409: the command conflicts with the current state of the resource. */
    CONFLICT(409, "Conflict with the current state"),
    /** 422: the command breaks a business rule whatever the state. */
    UNPROCESSABLE(422, "Business rule violated");

    private final int status;
    private final String title;

    Kind(int status, String title) {
      this.status = status;
      this.title = title;
    }
  }

  /**
   * A violation answered with 422.
   *
   * @param code the stable code
   * @param detail an explanation, without sensitive values
   */
  public DomainRuleViolation(String code, String detail) {
    this(Kind.UNPROCESSABLE, code, detail);
  }

  /**
   * A violation of a given kind.
   *
   * @param kind conflict (409) or unprocessable (422)
   * @param code the stable code
   * @param detail an explanation, without sensitive values
   */
  public DomainRuleViolation(Kind kind, String code, String detail) {
    super(kind.status, code, kind.title, detail, List.of());
  }
}
