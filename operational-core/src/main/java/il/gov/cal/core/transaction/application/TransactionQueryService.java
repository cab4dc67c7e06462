package il.gov.cal.core.transaction.application;

import il.gov.cal.core.api.PageRequest;
import il.gov.cal.core.transaction.domain.CardTransaction;
import il.gov.cal.core.transaction.persistence.TransactionRepository;
import il.gov.cal.core.unit.application.UnitScope;
import il.gov.cal.security.problem.BadRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Reads the caller's organisation's card transactions. */
@RequestScoped
@Transactional
public class TransactionQueryService {

  @Inject private TransactionRepository transactions;
  @Inject private UnitScope scope;

  /** One transaction. */
  public CardTransaction transaction(long id) {
    return transactions.require(id);
  }

  /** One page of transactions matching the optional filters, within the caller's unit scope. */
  public List<CardTransaction> transactions(
      PageRequest page, Long cardId, Long unitId, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw BadRequest.ofField("request.invalid-date-range", "from", "must not be after 'to'");
    }
    String subtree = scope.subtreePath().orElse(null);
    return transactions.page(page, cardId, unitId, from, to, subtree);
  }
}
