package il.gov.cal.core.tenancy;

import il.gov.cal.core.organisation.persistence.OrganisationRepository;
import il.gov.cal.security.problem.Unauthenticated;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.OptionalLong;

/**
 * Establishes the caller's organisation before any resource runs, refusing an organisation that
 * does not exist (401, thrown so that the platform's problem mappers answer it like any other).
 * Requests naming none pass; whatever then needs a tenant answers 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TenantFilter implements ContainerRequestFilter {

  @Inject private TenantResolver resolver;
  @Inject private CallerTenant caller;
  @Inject private OrganisationRepository organisations;

  @Override
  public void filter(ContainerRequestContext request) {
    OptionalLong organisationId = resolver.resolve(request);
    if (organisationId.isEmpty()) {
      return;
    }
    if (!organisations.exists(organisationId.getAsLong())) {
      throw new Unauthenticated("tenant.unknown", "The organisation is not known");
    }
    caller.establish(organisationId.getAsLong());
  }
}
