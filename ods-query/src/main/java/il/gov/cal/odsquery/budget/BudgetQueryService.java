package il.gov.cal.odsquery.budget;

import il.gov.cal.odsaccess.budget.BudgetCounting;
import il.gov.cal.odsaccess.budget.BudgetTotals;
import il.gov.cal.odsaccess.budget.BudgetTotalsSearch;
import il.gov.cal.odsaccess.budget.BudgetTotalsSearch.Key;
import il.gov.cal.odsaccess.document.BudgetDocument;
import il.gov.cal.odsaccess.document.BudgetDocument.Fields;
import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsaccess.money.MinorUnits;
import il.gov.cal.odsaccess.search.OdsAliases;
import il.gov.cal.odsaccess.search.OdsSearchFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Budgets per unit for one period, from {@code cal-budgets}, in unit-path order (a parent before
 * its sub-units), with what their transactions add up to.
 *
 * <p>The core keeps no spent or refunded counters: it sums a budget's transactions when asked. So
 * does this view, over {@code cal-transactions}: for each budget, the organisation's transactions
 * of the budget's unit and its whole subtree, dated within the period and billed in the budget's
 * currency, counted by kind as {@link BudgetCounting} says ({@link BudgetTotalsSearch}, one search
 * for all the budgets listed). The figures are the core's for the transactions the ODS holds.
 */
@ApplicationScoped
public class BudgetQueryService {

  /** Most units one answer lists. */
  public static final int MAX_UNITS = 1000;

  @Inject OpenSearchClient client;

  /**
   * @param periodKey {@code yyyy-MM}, or {@code yyyy-00} for whole-year budgets
   * @param unitId a unit whose subtree is listed, or null for every unit
   * @param scopeUnitId the unit whose subtree bounds the caller's view (a unit manager's), or null
   *     for the whole organisation; it applies on top of {@code unitId}
   */
  public List<BudgetView> budgets(long orgId, String periodKey, Long unitId, Long scopeUnitId) {
    List<Query> filters = new ArrayList<>();
    filters.add(term(Fields.ORG_ID, FieldValue.of(orgId)));
    filters.add(term(Fields.PERIOD_KEY, FieldValue.of(periodKey)));
    if (scopeUnitId != null) {
      filters.add(term(Fields.UNIT_PATH_IDS, FieldValue.of(scopeUnitId)));
    }
    if (unitId != null) {
      filters.add(term(Fields.UNIT_PATH_IDS, FieldValue.of(unitId)));
    }
    try {
      List<BudgetDocument> found =
          client
              .search(
                  s ->
                      s.index(OdsAliases.BUDGETS)
                          .size(MAX_UNITS)
                          .query(q -> q.bool(b -> b.filter(filters)))
                          .sort(o -> o.field(f -> f.field(Fields.UNIT_PATH).order(SortOrder.Asc))),
                  BudgetDocument.class)
              .hits()
              .hits()
              .stream()
              .map(Hit::source)
              .toList();
      Map<Key, BudgetTotals> totals = totals(orgId, periodKey, found);
      return found.stream()
          .map(b -> view(b, totals.getOrDefault(key(b), BudgetTotals.NONE)))
          .toList();
    } catch (OpenSearchException | IOException e) {
      throw OdsSearchFailures.unavailable("budgets", e);
    }
  }

  private Map<Key, BudgetTotals> totals(long orgId, String periodKey, List<BudgetDocument> budgets)
      throws IOException {
    BudgetTotalsSearch search = new BudgetTotalsSearch(periodKey, budgets);
    if (search.isEmpty()) {
      return Map.of();
    }
    return search.totals(
        client.search(
            s -> search.request(s, OdsAliases.TRANSACTIONS, orgId), TransactionDocument.class));
  }

  private static Key key(BudgetDocument b) {
    return new Key(b.unitId(), b.currency());
  }

  private static BudgetView view(BudgetDocument b, BudgetTotals totals) {
    String currency = b.currency();
    return new BudgetView(
        b.unitId(),
        b.unitName(),
        b.unitPath(),
        b.periodKey().endsWith("-00") ? b.periodKey().substring(0, 4) : b.periodKey(),
        currency,
        MinorUnits.toDecimal(b.allocatedMinor(), currency),
        MinorUnits.toDecimal(totals.spentMinor(), currency),
        MinorUnits.toDecimal(totals.refundedMinor(), currency),
        MinorUnits.toDecimal(totals.availableOf(b.allocatedMinor()), currency));
  }

  private static Query term(String field, FieldValue value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }
}
