package il.gov.cal.security.identity;

import java.util.Optional;

/**
 * The roles a caller can hold, each carried in the token's {@code groups} claim under its group
 * name.
 */
public enum Role {
  /** Operates the platform across organisations. */
  PLATFORM_ADMIN("platform-admin"),
  /** Administers one organisation: units, cardholders, cards, rules. */
  ORG_ADMIN("org-admin"),
  /** Manages budgets and the monthly charging of one organisation. */
  FINANCE_MANAGER("finance-manager"),
  /** Manages one unit and the units below it. */
  UNIT_MANAGER("unit-manager"),
  /** An employee holding a card: sees their own card and transactions. */
  CARDHOLDER("cardholder"),
  /** Queries the operational data store, read only. */
  ANALYST("analyst"),
  /** The card issuer's systems: webhooks and file imports. */
  ISSUER_SYSTEM("issuer-system");

  private final String groupName;

  Role(String groupName) {
    this.groupName = groupName;
  }

  /**
   * The name of this role in the token's {@code groups} claim.
   *
   * @return a lowercase, hyphenated name such as {@code platform-admin}
   */
  public String groupName() {
    return groupName;
  }

  /**
   * The role carried by a group name.
   *
   * @param groupName a group from the token
   * @return the role, or empty for a group that is not a platform role
   */
  public static Optional<Role> fromGroupName(String groupName) {
    for (Role role : values()) {
      if (role.groupName.equals(groupName)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
