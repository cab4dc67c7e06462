package il.gov.cal.core.organisation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Registration of an organisation.
 *
 * @param code a short unique code, letters, digits, '-' and '_'
 * @param name the display name
 * @param issuerCompanyId the id the issuer's files use for it, if known
 */
public record RegisterOrganisationRequest(
    @NotBlank @Size(max = 32) String code,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 20) String issuerCompanyId) {}
