package il.gov.cal.core.organisation.api;

import il.gov.cal.core.organisation.domain.Organisation;

/**
 * An organisation as the API shows it.
 *
 * @param id the organisation id, the tenant id of all its data
 * @param code the unique code
 * @param name the display name
 * @param issuerCompanyId the issuer's id for it, or null
 */
public record OrganisationView(Long id, String code, String name, String issuerCompanyId) {

  static OrganisationView of(Organisation o) {
    return new OrganisationView(o.id(), o.code(), o.name(), o.issuerCompanyId());
  }
}
