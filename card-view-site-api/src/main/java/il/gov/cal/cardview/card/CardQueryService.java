package il.gov.cal.cardview.card;

import il.gov.cal.odsaccess.budget.BudgetTotals;
import il.gov.cal.odsaccess.budget.BudgetTotalsSearch;
import il.gov.cal.odsaccess.document.BudgetDocument;
import il.gov.cal.odsaccess.document.CardDocument;
import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsaccess.money.MinorUnits;
import il.gov.cal.odsaccess.problem.ProblemException;
import il.gov.cal.odsaccess.search.OdsAliases;
import il.gov.cal.odsaccess.search.OdsSearchFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Reads a card and its unit's available budget from {@code cal-cards} and {@code cal-budgets}. The
 * current period is this month in Israel; a monthly budget is preferred to a yearly one. What is
 * available is the allocation less what the unit's transactions of the period add up to, counted as
 * the core counts them ({@link BudgetTotalsSearch}), so the site and the portal agree.
 */
@ApplicationScoped
public class CardQueryService {

  private static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");

  @Inject OpenSearchClient client;

  /** The card with this id in this organisation, if the ODS has it. */
  public Optional<CardDocument> find(long orgId, long cardId) {
    try {
      return client
          .search(
              s ->
                  s.index(OdsAliases.CARDS)
                      .size(1)
                      .query(
                          q ->
                              q.bool(
                                  b ->
                                      b.filter(term(CardDocument.Fields.ID, cardId))
                                          .filter(term(CardDocument.Fields.ORG_ID, orgId)))),
              CardDocument.class)
          .hits()
          .hits()
          .stream()
          .map(Hit::source)
          .findFirst();
    } catch (OpenSearchException | IOException e) {
      throw OdsSearchFailures.unavailable("card", e);
    }
  }

  /** The site's view of the card. */
  public CardView view(long orgId, long cardId) {
    CardDocument card =
        find(orgId, cardId)
            .orElseThrow(
                () -> ProblemException.notFound("card-not-found", "The card is not available."));
    return new CardView(
        card.id(),
        "**** **** **** " + card.last4(),
        card.last4(),
        card.expiry(),
        card.status(),
        card.unitId(),
        card.unitName(),
        budget(orgId, card.unitId()));
  }

  private BudgetAvailableView budget(long orgId, long unitId) {
    LocalDate today = LocalDate.now(ISRAEL);
    String month = String.format("%d-%02d", today.getYear(), today.getMonthValue());
    String year = today.getYear() + "-00";
    List<FieldValue> periods = List.of(FieldValue.of(month), FieldValue.of(year));
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(term(BudgetDocument.Fields.ORG_ID, orgId))
                            .filter(term(BudgetDocument.Fields.UNIT_ID, unitId))
                            .filter(
                                f ->
                                    f.terms(
                                        t ->
                                            t.field(BudgetDocument.Fields.PERIOD_KEY)
                                                .terms(v -> v.value(periods))))));
    List<BudgetDocument> budgets;
    try {
      budgets =
          client
              .search(s -> s.index(OdsAliases.BUDGETS).size(2).query(query), BudgetDocument.class)
              .hits()
              .hits()
              .stream()
              .map(Hit::source)
              .toList();
    } catch (OpenSearchException | IOException e) {
      throw OdsSearchFailures.unavailable("card-budget", e);
    }
    Optional<BudgetDocument> current =
        budgets.stream().min(Comparator.comparing(b -> b.periodKey().endsWith("-00") ? 1 : 0));
    if (current.isEmpty()) {
      return null;
    }
    BudgetDocument b = current.get();
    BudgetTotals totals = totals(orgId, b);
    return new BudgetAvailableView(
        b.periodKey().endsWith("-00") ? b.periodKey().substring(0, 4) : b.periodKey(),
        MinorUnits.toDecimal(totals.availableOf(b.allocatedMinor()), b.currency()),
        b.currency());
  }

  private BudgetTotals totals(long orgId, BudgetDocument budget) {
    BudgetTotalsSearch search = new BudgetTotalsSearch(budget.periodKey(), List.of(budget));
    try {
      return search
          .totals(
              client.search(
                  s -> search.request(s, OdsAliases.TRANSACTIONS, orgId),
                  TransactionDocument.class))
          .getOrDefault(
              new BudgetTotalsSearch.Key(budget.unitId(), budget.currency()), BudgetTotals.NONE);
    } catch (OpenSearchException | IOException e) {
      throw OdsSearchFailures.unavailable("card-budget", e);
    }
  }

  private static Query term(String field, long value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }
}
