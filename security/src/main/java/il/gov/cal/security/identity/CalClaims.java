package il.gov.cal.security.identity;

/** The names of the platform's own JWT claims, shared by the token reader and the local issuer. */
public final class CalClaims {

  /** The caller's organisation id, a number. */
  public static final String ORGANISATION = "org";

  /** The id of the unit that scopes the caller, a number. */
  public static final String UNIT = "unit";

  /** The path of that unit in its organisation's tree, a string. */
  public static final String UNIT_PATH = "unit_path";

  /** The caller's cardholder id, a number. */
  public static final String CARDHOLDER = "cardholder";

  /** The caller's roles, an array of group names. */
  public static final String GROUPS = "groups";

  private CalClaims() {}
}
