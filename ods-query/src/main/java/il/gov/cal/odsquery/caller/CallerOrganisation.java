package il.gov.cal.odsquery.caller;

import il.gov.cal.security.identity.CallerContext;
import il.gov.cal.security.identity.CurrentCaller;
import il.gov.cal.security.identity.Role;
import il.gov.cal.security.problem.AccessDenied;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the caller's data ends: the one organisation every query is confined to, from the verified
 * token's {@code org} claim and nowhere else (never a query parameter, header or body), and for a
 * unit manager the unit subtree, from the token's {@code unit_path} claim.
 *
 * <p>A unit manager holding no organisation-wide role ({@code org-admin}, {@code finance-manager},
 * {@code analyst}, {@code platform-admin}) sees only the transactions and budgets of their unit and
 * the units below it; every filter they send is narrowed to that subtree. The claim is trusted as
 * signed: a unit moved since the token was issued keeps its old scope until the token expires
 * (fifteen minutes at most), since this service has no access to the operational core's unit tree.
 */
@RequestScoped
public class CallerOrganisation {

  private static final Role[] ORGANISATION_WIDE = {
    Role.ORG_ADMIN, Role.FINANCE_MANAGER, Role.ANALYST, Role.PLATFORM_ADMIN
  };

  /** A unit path as the platform writes it: {@code /1/4/9/}; the last id is the unit's own. */
  private static final Pattern UNIT_PATH =
      Pattern.compile("^(?:/[1-9][0-9]{0,17})*/([1-9][0-9]{0,17})/$");

  @Inject CurrentCaller caller;

  /**
   * The caller's organisation.
   *
   * @return the organisation id of the token's {@code org} claim
   * @throws jakarta.ws.rs.NotAuthorizedException 401 when the request carries no verified token
   * @throws AccessDenied 403 when the token names no organisation
   */
  public long orgId() {
    Long org = caller.get().organisationId();
    if (org == null) {
      throw new AccessDenied("organisation.missing", "The caller's token names no organisation.");
    }
    return org;
  }

  /**
   * The unit whose subtree bounds the caller's view.
   *
   * @return the id of the caller's unit for a unit manager, or {@code null} when the caller sees
   *     the whole organisation
   * @throws AccessDenied 403 when a unit manager's token names no valid unit path, or a unit id
   *     that is not the path's last
   */
  public Long unitScope() {
    CallerContext context = caller.get();
    if (!context.has(Role.UNIT_MANAGER) || context.hasAny(ORGANISATION_WIDE)) {
      return null;
    }
    String path = context.unitPath();
    Matcher matcher = path == null ? null : UNIT_PATH.matcher(path);
    if (matcher == null || !matcher.matches()) {
      throw new AccessDenied("unit.scope-missing", "The caller's token names no unit.");
    }
    long unit = Long.parseLong(matcher.group(1));
    if (context.unitId() != null && context.unitId() != unit) {
      throw new AccessDenied(
          "unit.scope-inconsistent", "The caller's token names two different units.");
    }
    return unit;
  }
}
