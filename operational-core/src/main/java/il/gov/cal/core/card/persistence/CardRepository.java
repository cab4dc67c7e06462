package il.gov.cal.core.card.persistence;

import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.card.domain.Card;
import il.gov.cal.core.tenancy.TenantRepository;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/** The caller's organisation's cards. */
@RequestScoped
public class CardRepository extends TenantRepository<Card> {

  public CardRepository() {
    super(Card.class, "card");
  }

  /** One page in id order, optionally only a cardholder's or a unit's cards. */
  public List<Card> page(PageRequest page, Long cardholderId, Long unitId) {
    return em().createQuery(
            "SELECT c FROM Card c WHERE c.id > :after"
                + " AND (:holder IS NULL OR c.cardholderId = :holder)"
                + " AND (:unit IS NULL OR c.unitId = :unit) ORDER BY c.id",
            Card.class)
        .setParameter("after", page.afterId())
        .setParameter("holder", cardholderId)
        .setParameter("unit", unitId)
        .setMaxResults(page.limit())
        .getResultList();
  }

  /** Whether a card already carries this issuer token. */
  public boolean tokenTaken(String token) {
    return !em().createQuery("SELECT c.id FROM Card c WHERE c.issuerToken = :token", Long.class)
        .setParameter("token", token)
        .getResultList()
        .isEmpty();
  }
}
