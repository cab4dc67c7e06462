package il.gov.cal.core.organisation.persistence;

import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.organisation.domain.Organisation;
import il.gov.cal.security.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Organisations, through the container's entity manager: they are the tenants, not owned by one.
 */
@ApplicationScoped
public class OrganisationRepository {

  @PersistenceContext(unitName = "core")
  private EntityManager em;

  /** Whether an organisation with this id exists. */
  public boolean exists(long id) {
    return !em.createQuery("SELECT o.id FROM Organisation o WHERE o.id = :id", Long.class)
        .setParameter("id", id)
        .getResultList()
        .isEmpty();
  }

  /** Whether the code is already taken. */
  public boolean codeTaken(String code) {
    return !em.createQuery("SELECT o.id FROM Organisation o WHERE o.code = :code", Long.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }

  /** The organisation with this id. */
  public Organisation require(long id) {
    Organisation found = em.find(Organisation.class, id);
    if (found == null) {
      throw NotFound.byId("organisation", id);
    }
    return found;
  }

  /**
   * One page of organisations in id order.
   *
   * @param page where the page starts and how long it is
   * @param onlyId the one organisation to include, or {@code null} for all of them
   * @return the page's organisations
   */
  public List<Organisation> page(PageRequest page, Long onlyId) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.id > :after"
                + " AND (:only IS NULL OR o.id = :only) ORDER BY o.id",
            Organisation.class)
        .setParameter("after", page.afterId())
        .setParameter("only", onlyId)
        .setMaxResults(page.limit())
        .getResultList();
  }

  /** Stores a new organisation and assigns its id. */
  public Organisation add(Organisation organisation) {
    em.persist(organisation);
    em.flush();
    return organisation;
  }
}
