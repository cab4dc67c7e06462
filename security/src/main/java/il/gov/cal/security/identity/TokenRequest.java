package il.gov.cal.security.identity;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a locally issued token asserts: the subject, roles and scope claims of {@link
 * CallerContext}, and how long it lives.
 *
 * @param subject the subject ({@code sub} and {@code upn})
 * @param roles the roles, written to {@code groups}
 * @param organisationId the {@code org} claim, or {@code null}
 * @param unitId the {@code unit} claim, or {@code null}
 * @param unitPath the {@code unit_path} claim, or {@code null}
 * @param cardholderId the {@code cardholder} claim, or {@code null}
 * @param lifetime how long the token is valid, positive
 */
public record TokenRequest(
    String subject,
    Set<Role> roles,
    Long organisationId,
    Long unitId,
    String unitPath,
    Long cardholderId,
    Duration lifetime) {

  /** Validates and copies. */
  public TokenRequest {
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("subject must not be blank");
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive");
    }
  }

  /**
   * A request for a subject with one role, no scope and the default lifetime.
   *
   * @param subject the subject
   * @param role the role
   * @return the request
   */
  public static TokenRequest of(String subject, Role role) {
    return new TokenRequest(
        subject, Set.of(role), null, null, null, null, LocalTokenIssuer.DEFAULT_LIFETIME);
  }

  /**
   * This request in an organisation.
   *
   * @param organisation the organisation id
   * @return a new request
   */
  public TokenRequest inOrganisation(long organisation) {
    return new TokenRequest(subject, roles, organisation, unitId, unitPath, cardholderId, lifetime);
  }

  /**
   * This request scoped to a unit.
   *
   * @param unit the unit id
   * @param path the unit's path, or {@code null}
   * @return a new request
   */
  public TokenRequest inUnit(long unit, String path) {
    return new TokenRequest(subject, roles, organisationId, unit, path, cardholderId, lifetime);
  }

  /**
   * This request for a cardholder.
   *
   * @param cardholder the cardholder id
   * @return a new request
   */
  public TokenRequest asCardholder(long cardholder) {
    return new TokenRequest(subject, roles, organisationId, unitId, unitPath, cardholder, lifetime);
  }

  /**
   * This request with another lifetime.
   *
   * @param duration the lifetime
   * @return a new request
   */
  public TokenRequest withLifetime(Duration duration) {
    return new TokenRequest(
        subject, roles, organisationId, unitId, unitPath, cardholderId, duration);
  }
}
