package il.gov.cal.core.unit.application;

import il.gov.cal.core.unit.domain.Unit;
import il.gov.cal.core.unit.persistence.UnitRepository;
import il.gov.cal.security.identity.CallerContext;
import il.gov.cal.security.identity.CurrentCaller;
import il.gov.cal.security.identity.Role;
import il.gov.cal.security.problem.AccessDenied;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The part of the organisation's unit tree the caller may see. A unit manager (without a broader
 * role) sees only the subtree of the unit named by the token's {@code unit} claim; every other role
 * sees the whole organisation. The subtree is read from the database by that unit's id, so a stale
 * {@code unit_path} claim after a move cannot widen it.
 */
@RequestScoped
public class UnitScope {

  private static final Role[] ORGANISATION_WIDE = {
    Role.ORG_ADMIN, Role.FINANCE_MANAGER, Role.ANALYST, Role.ISSUER_SYSTEM, Role.PLATFORM_ADMIN
  };

  @Inject private CurrentCaller caller;
  @Inject private UnitRepository units;

  private Optional<String> subtree;

  /**
   * The path prefix of the units the caller may see.
   *
   * @return the path of the caller's unit (such as {@code /1/4/}), or empty when the caller sees
   *     the whole organisation
   * @throws AccessDenied when a unit manager's token names no unit of the organisation
   */
  public Optional<String> subtreePath() {
    if (subtree == null) {
      subtree = resolve(caller.get());
    }
    return subtree;
  }

  /**
   * Whether a unit lies in the caller's scope.
   *
   * @param unit a unit of the caller's organisation
   * @return {@code true} when visible
   */
  public boolean covers(Unit unit) {
    return subtreePath().map(prefix -> unit.path().startsWith(prefix)).orElse(true);
  }

  private Optional<String> resolve(CallerContext context) {
    if (!context.has(Role.UNIT_MANAGER) || context.hasAny(ORGANISATION_WIDE)) {
      return Optional.empty();
    }
    if (context.unitId() == null) {
      throw new AccessDenied("unit.scope-missing", "The caller's token names no unit");
    }
    Unit own =
        units
            .find(context.unitId())
            .orElseThrow(
                () -> new AccessDenied("unit.scope-unknown", "The caller's unit is not known"));
    return Optional.of(own.path());
  }
}
