package il.gov.cal.core;

import il.gov.cal.security.identity.Role;

/**
 * The platform roles as the compile-time constants {@code @RolesAllowed} needs: each is the group
 * name of a {@link Role} in the token's {@code groups} claim ({@code CoreRolesTest} keeps the two
 * in step).
 */
public final class CoreRoles {

  /** {@link Role#PLATFORM_ADMIN}. */
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** {@link Role#ORG_ADMIN}. */
  public static final String ORG_ADMIN = "org-admin";

  /** {@link Role#FINANCE_MANAGER}. */
  public static final String FINANCE_MANAGER = "finance-manager";

  /** {@link Role#UNIT_MANAGER}. */
  public static final String UNIT_MANAGER = "unit-manager";

  /** {@link Role#CARDHOLDER}. */
  public static final String CARDHOLDER = "cardholder";

  /** {@link Role#ANALYST}. */
  public static final String ANALYST = "analyst";

  /** {@link Role#ISSUER_SYSTEM}. */
  public static final String ISSUER_SYSTEM = "issuer-system";

  private CoreRoles() {}
}
