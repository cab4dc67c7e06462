package il.gov.cal.core.organisation.application;

import static il.gov.cal.security.problem.DomainRuleViolation.Kind.CONFLICT;

import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.audit.Audit;
import il.gov.cal.core.organisation.domain.Organisation;
import il.gov.cal.core.organisation.persistence.OrganisationRepository;
import il.gov.cal.security.problem.DomainRuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers organisations (tenants); a platform administrator's use case. */
@ApplicationScoped
@Transactional
public class OrganisationService {

  private static final Logger log = LoggerFactory.getLogger(OrganisationService.class);

  @Inject private OrganisationRepository organisations;
  @Inject private Audit audit;

  /** Registers a new organisation under a code no other organisation uses. */
  public Organisation registerOrganisation(String code, String name, String issuerCompanyId) {
    if (organisations.codeTaken(code)) {
      audit.failed("organisation.register", "organisation", null);
      throw new DomainRuleViolation(
          CONFLICT, "organisation.code-taken", "The code is already in use");
    }

    Organisation organisation =
        organisations.add(Organisation.register(code, name, issuerCompanyId));
    audit.succeeded("organisation.register", "organisation", organisation.id());

    log.info("organisation registered orgId={} code={}", organisation.id(), code);
    return organisation;
  }

  /** The organisation with this id. */
  public Organisation organisation(long id) {
    return organisations.require(id);
  }

  /**
   * One page of the organisations a caller may see.
   *
   * @param page where the page starts and how long it is
   * @param only the caller's own organisation, or empty for a caller who sees every one
   * @return the page's organisations, in id order
   */
  public List<Organisation> organisations(PageRequest page, OptionalLong only) {
    return organisations.page(page, only.isPresent() ? only.getAsLong() : null);
  }
}
