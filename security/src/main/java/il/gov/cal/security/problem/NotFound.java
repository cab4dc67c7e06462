package il.gov.cal.security.problem;

import java.util.List;

/**
 * The resource does not exist, or exists in another organisation: the two are answered alike (404),
 * so that a caller cannot learn what other tenants hold.
 */
public class NotFound extends ServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * A missing resource.
   *
   * @param code the stable code, such as {@code card.not-found}
   * @param detail an explanation, without sensitive values
   */
  public NotFound(String code, String detail) {
    super(404, code, "Not found", detail, List.of());
  }
}
