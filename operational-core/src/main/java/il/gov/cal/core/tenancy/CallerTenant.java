package il.gov.cal.core.tenancy;

import il.gov.cal.core.problem.Unauthenticated;
import jakarta.enterprise.context.RequestScoped;

/**
 * The organisation the current request acts for, established once by {@link TenantFilter}. Asking
 * for it when the request named none is a 401: no tenant-owned data is reachable without one.
 */
@RequestScoped
public class CallerTenant {

  private Long organisationId;

  void establish(long organisationId) {
    this.organisationId = organisationId;
  }

  /** The caller's organisation id. */
  public long organisationId() {
    if (organisationId == null) {
      throw new Unauthenticated(
          "tenant.missing", "The request does not say which organisation it acts for");
    }
    return organisationId;
  }
}
