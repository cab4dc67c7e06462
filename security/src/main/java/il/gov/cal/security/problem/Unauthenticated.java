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
   * The {@code WWW-Authenticate} challenge of a 401 given for a token that was sent but cannot be
   * used (RFC 6750, section 3.1): a fresh token of the caller's own organisation is the remedy.
   */
  public static final String CHALLENGE = "Bearer error=\"invalid_token\"";

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
