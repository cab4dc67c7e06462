package il.gov.cal.security.identity;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller of one request: who they are, which organisation they act in, their
 * roles, the unit that scopes them and, for a cardholder, which cardholder they are.
 *
 * <p>Tenant isolation starts here: a service takes the organisation from this value, never from the
 * request body or path, and checks any organisation named in the request with {@link
 * #canAccessOrganisation(long)}. Only a platform administrator may act across organisations.
 *
 * @param subject the token subject, never blank
 * @param organisationId the caller's organisation, or {@code null} when the token has none (a
 *     platform administrator or the issuer's systems)
 * @param roles the caller's platform roles, possibly empty
 * @param unitId the unit that scopes the caller, or {@code null} when not unit-scoped
 * @param unitPath that unit's path, or {@code null}
 * @param cardholderId the caller's cardholder id, or {@code null} when the caller is not one
 */
public record CallerContext(
    String subject,
    Long organisationId,
    Set<Role> roles,
    Long unitId,
    String unitPath,
    Long cardholderId) {

  /** Validates and copies. */
  public CallerContext {
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("subject must not be blank");
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /**
   * The caller described by a verified token.
   *
   * @param token a token MicroProfile JWT has verified
   * @return the caller
   * @throws IllegalArgumentException when a platform claim has the wrong type
   */
  public static CallerContext from(JsonWebToken token) {
    Objects.requireNonNull(token, "token");
    String subject = token.getSubject() != null ? token.getSubject() : token.getName();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (token.getGroups() != null) {
      for (String group : token.getGroups()) {
        Role.fromGroupName(group).ifPresent(roles::add);
      }
    }
    return new CallerContext(
        subject,
        longClaim(token, CalClaims.ORGANISATION),
        roles,
        longClaim(token, CalClaims.UNIT),
        stringClaim(token, CalClaims.UNIT_PATH),
        longClaim(token, CalClaims.CARDHOLDER));
  }

  /**
   * Whether the caller holds a role.
   *
   * @param role the role
   * @return {@code true} when held
   */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * Whether the caller holds at least one of the roles.
   *
   * @param anyOf the roles
   * @return {@code true} when one is held
   */
  public boolean hasAny(Role... anyOf) {
    for (Role role : anyOf) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the caller may act on data of an organisation: their own, or any for a platform
   * administrator.
   *
   * @param organisation the organisation the data belongs to
   * @return {@code true} when allowed
   */
  public boolean canAccessOrganisation(long organisation) {
    return has(Role.PLATFORM_ADMIN)
        || (organisationId != null && organisationId.longValue() == organisation);
  }

  private static Long longClaim(JsonWebToken token, String name) {
    Object value = token.getClaim(name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber number) {
      return number.longValueExact();
    }
    if (value instanceof Number number) {
      return number.longValue();
    }
    String text = value instanceof JsonString json ? json.getString() : value.toString();
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("claim " + name + " is not a number", e);
    }
  }

  private static String stringClaim(JsonWebToken token, String name) {
    Object value = token.getClaim(name);
    if (value == null) {
      return null;
    }
    return value instanceof JsonString json ? json.getString() : value.toString();
  }
}
