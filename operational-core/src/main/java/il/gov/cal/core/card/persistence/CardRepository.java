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

  /**
   * Whether any card, of any organisation, already carries the issuer token with this blind index
   * ({@link IssuerTokens#index}): tokens are unique across the issuer ({@code uq_card_token_idx}),
   * so the check must not stop at the caller's organisation. It is therefore the one native query
   * of the tenant-bound entity manager, allowed for itself alone; it reads no row of another
   * organisation, only whether one exists.
   */
  public boolean tokenTaken(String tokenIndex) {
    return !em().createNativeQuery("SELECT id FROM card WHERE issuer_token_idx = ?")
        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
        .setParameter(1, tokenIndex)
        .getResultList()
        .isEmpty();
  }
}
