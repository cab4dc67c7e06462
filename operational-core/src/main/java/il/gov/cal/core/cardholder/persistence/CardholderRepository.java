package il.gov.cal.core.cardholder.persistence;

import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.cardholder.domain.Cardholder;
import il.gov.cal.core.tenancy.TenantRepository;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/** The caller's organisation's cardholders. */
@RequestScoped
public class CardholderRepository extends TenantRepository<Cardholder> {

  public CardholderRepository() {
    super(Cardholder.class, "cardholder");
  }

  /** Whether a cardholder already has this external reference. */
  public boolean externalRefTaken(String externalRef) {
    return !em().createQuery("SELECT c.id FROM Cardholder c WHERE c.externalRef = :ref", Long.class)
        .setParameter("ref", externalRef)
        .getResultList()
        .isEmpty();
  }

  /** The cardholders whose national id has this blind index, in id order. */
  public List<Cardholder> withNationalIdIndex(String index) {
    return em().createQuery(
            "SELECT c FROM Cardholder c WHERE c.nationalIdIndex = :idx ORDER BY c.id",
            Cardholder.class)
        .setParameter("idx", index)
        .getResultList();
  }

  /** One page in id order, optionally only those of one unit. */
  public List<Cardholder> page(PageRequest page, Long unitId) {
    return em().createQuery(
            "SELECT c FROM Cardholder c WHERE c.id > :after"
                + " AND (:unit IS NULL OR c.unitId = :unit) ORDER BY c.id",
            Cardholder.class)
        .setParameter("after", page.afterId())
        .setParameter("unit", unitId)
        .setMaxResults(page.limit())
        .getResultList();
  }
}
