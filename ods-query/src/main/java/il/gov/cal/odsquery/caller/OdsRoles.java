package il.gov.cal.odsquery.caller;

import il.gov.cal.security.identity.Role;

/**
 * The platform roles this service admits, as the compile-time constants {@code @RolesAllowed}
 * needs: each is the group name of a {@link Role} in the token's {@code groups} claim ({@code
 * OdsRolesTest} keeps the two in step).
 */
public final class OdsRoles {

  /** {@link Role#PLATFORM_ADMIN}. */
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** {@link Role#ORG_ADMIN}. */
  public static final String ORG_ADMIN = "org-admin";

  /** {@link Role#FINANCE_MANAGER}. */
  public static final String FINANCE_MANAGER = "finance-manager";

  /** {@link Role#UNIT_MANAGER}. */
  public static final String UNIT_MANAGER = "unit-manager";

  /** {@link Role#ANALYST}. */
  public static final String ANALYST = "analyst";

  private OdsRoles() {}
}
