package il.gov.cal.core.tenancy;

import il.gov.cal.security.problem.NotFound;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Base of the repositories of tenant-owned entities: the only way the core reaches them, always
 * through the request's tenant-bound entity manager. Look-ups by id go through JPQL, which
 * EclipseLink restricts to the tenant, so another organisation's id is indistinguishable from an
 * unknown one.
 *
 * @param <T> the entity type
 */
public abstract class TenantRepository<T extends TenantOwned> {

  private final Class<T> type;
  private final String thing;

  @Inject private TenantPersistence persistence;

  /**
   * @param type the entity class
   * @param thing the name used in not-found problems, e.g. {@code card}
   */
  protected TenantRepository(Class<T> type, String thing) {
    this.type = type;
    this.thing = thing;
  }

  /** The entity with this id in the caller's organisation. */
  public Optional<T> find(long id) {
    List<T> found =
        em().createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id = :id", type)
            .setParameter("id", id)
            .getResultList();
    return found.stream().findFirst();
  }

  /**
   * The entity with this id in the caller's organisation.
   *
   * @throws NotFound if there is none
   */
  public T require(long id) {
    return find(id).orElseThrow(() -> NotFound.byId(thing, id));
  }

  /** Stores a new entity and assigns its id at once. */
  public T add(T entity) {
    em().persist(entity);
    em().flush();
    return entity;
  }

  /** The tenant-bound entity manager, for the queries of a subclass. */
  protected EntityManager em() {
    return persistence.entityManager();
  }
}
