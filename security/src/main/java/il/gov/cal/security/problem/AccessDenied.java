package il.gov.cal.security.problem;

import java.util.List;

/**
 * The caller is authenticated but their role or scope does not allow the command (403). Use {@link
 * NotFound} instead when the resource belongs to another organisation, so that its existence is not
 * revealed.
 */
public class AccessDenied extends ServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * A refused command.
   *
   * @param code the stable code, such as {@code role.required}
   * @param detail an explanation, without sensitive values
   */
  public AccessDenied(String code, String detail) {
    super(403, code, "Forbidden", detail, List.of());
  }
}
