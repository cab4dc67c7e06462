package il.gov.cal.core.unit.persistence;

import il.gov.cal.core.tenancy.TenantRepository;
import il.gov.cal.core.unit.domain.Unit;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/** The caller's organisation's units. */
@RequestScoped
public class UnitRepository extends TenantRepository<Unit> {

  public UnitRepository() {
    super(Unit.class, "unit");
  }

  /** Every unit, parents before children (by path). */
  public List<Unit> all() {
    return em().createQuery("SELECT u FROM Unit u ORDER BY u.path", Unit.class).getResultList();
  }

  /** The units strictly below {@code unit}. */
  public List<Unit> descendantsOf(Unit unit) {
    return em().createQuery(
            "SELECT u FROM Unit u WHERE u.path LIKE :prefix AND u.id <> :id", Unit.class)
        .setParameter("prefix", unit.path() + "%")
        .setParameter("id", unit.id())
        .getResultList();
  }

  /** Whether a unit of the caller's organisation already has this code. */
  public boolean codeTaken(String code) {
    return !em().createQuery("SELECT u.id FROM Unit u WHERE u.code = :code", Long.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }
}
