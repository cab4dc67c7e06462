package il.gov.cal.core.transaction.persistence;

import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.tenancy.TenantRepository;
import il.gov.cal.core.transaction.domain.CardTransaction;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.util.List;

/** The caller's organisation's card transactions, read-only. */
@RequestScoped
public class TransactionRepository extends TenantRepository<CardTransaction> {

  public TransactionRepository() {
    super(CardTransaction.class, "transaction");
  }

  /**
   * One page in id order, filtered by card, by the unit the card is charged to, and by transaction
   * date (inclusive bounds), and to cards charged to units under a path prefix (a unit manager's
   * subtree); every filter is optional.
   */
  public List<CardTransaction> page(
      PageRequest page,
      Long cardId,
      Long unitId,
      LocalDate from,
      LocalDate to,
      String subtreePath) {
    return em().createQuery(
            "SELECT t FROM CardTransaction t WHERE t.id > :after"
                + " AND (:card IS NULL OR t.cardId = :card)"
                + " AND (:unit IS NULL OR t.cardId IN"
                + " (SELECT c.id FROM Card c WHERE c.unitId = :unit))"
                + " AND (:subtree IS NULL OR t.cardId IN (SELECT c.id FROM Card c WHERE c.unitId IN"
                + " (SELECT u.id FROM Unit u WHERE u.path LIKE :subtreePrefix)))"
                + " AND (:from IS NULL OR t.transactionDate >= :from)"
                + " AND (:to IS NULL OR t.transactionDate <= :to)"
                + " ORDER BY t.id",
            CardTransaction.class)
        .setParameter("after", page.afterId())
        .setParameter("card", cardId)
        .setParameter("unit", unitId)
        .setParameter("subtree", subtreePath)
        .setParameter("subtreePrefix", subtreePath == null ? "" : subtreePath + "%")
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(page.limit())
        .getResultList();
  }
}
