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

  /**
   * A missing resource named by its id: code {@code <thing>.not-found}, detail {@code No <thing>
   * with id <id>}.
   *
   * @param thing the kind of resource, a stable code word such as {@code card}
   * @param id the id asked for
   * @return the exception
   */
  public static NotFound byId(String thing, Object id) {
    return new NotFound(thing + ".not-found", "No " + thing + " with id " + id);
  }
}
