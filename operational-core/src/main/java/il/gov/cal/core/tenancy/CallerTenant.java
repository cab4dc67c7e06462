package il.gov.cal.core.tenancy;

import il.gov.cal.security.problem.AccessDenied;
import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;

/**
 * The organisation the current request acts for, established once by {@link TenantFilter} from the
 * caller's token. Asking for it when the token names none is a 403: no tenant-owned data is
 * reachable without one.
 */
@RequestScoped
public class CallerTenant {

  private Long organisationId;

  void establish(long organisationId) {
    this.organisationId = organisationId;
  }

  /**
   * The caller's organisation id.
   *
   * @throws AccessDenied (403) when the caller's token names no organisation, as a platform
   *     administrator's or a system client's may not
   */
  public long organisationId() {
    if (organisationId == null) {
      throw new AccessDenied(
          "tenant.missing", "The caller's token does not name an organisation to act in");
    }
    return organisationId;
  }

  /** The caller's organisation id, or empty when the token names none. */
  public OptionalLong find() {
    return organisationId == null ? OptionalLong.empty() : OptionalLong.of(organisationId);
  }
}
