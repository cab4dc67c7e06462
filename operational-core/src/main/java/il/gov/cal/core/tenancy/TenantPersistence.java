package il.gov.cal.core.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Map;

/**
 * The request's entity manager for tenant-owned entities, created on first use with the caller's
 * organisation as the EclipseLink tenant property and closed when the request ends. Every use joins
 * the current JTA transaction, so it must be called from a transactional service method.
 */
@RequestScoped
public class TenantPersistence {

  /** The EclipseLink context property naming the tenant, as declared in eclipselink-orm.xml. */
  public static final String TENANT_PROPERTY = "cal.tenant";

  @PersistenceUnit(unitName = "core")
  private EntityManagerFactory factory;

  @Inject private CallerTenant caller;

  private EntityManager entityManager;

  /** The tenant-bound entity manager, joined to the current transaction. */
  public EntityManager entityManager() {
    if (entityManager == null) {
      String tenant = Long.toString(caller.organisationId());
      entityManager = factory.createEntityManager(Map.of(TENANT_PROPERTY, tenant));
    }
    entityManager.joinTransaction();
    return entityManager;
  }

  @PreDestroy
  void close() {
    if (entityManager != null && entityManager.isOpen()) {
      entityManager.close();
    }
  }
}
