package il.gov.cal.security.problem;

import java.util.List;

/**
 * The caller, or the organisation it acts for, could not be established by the application after
 * the token itself was accepted (401): a token naming an organisation that does not exist, say. A
 * missing or invalid token is refused before the application runs, with the same status.
 */
public class Unauthenticated extends ServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * A caller that is not established.
   *
   * @param code the stable code, such as {@code tenant.unknown}
   * @param detail an explanation, without sensitive values
   */
  public Unauthenticated(String code, String detail) {
    super(401, code, "Unauthorized", detail, List.of());
  }
}
