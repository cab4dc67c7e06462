package il.gov.cal.odsaccess.budget;

import il.gov.cal.odsaccess.document.BudgetDocument;
import il.gov.cal.odsaccess.document.TransactionDocument.Fields;
import il.gov.cal.odsaccess.money.ExactAmountSum;
import il.gov.cal.odsaccess.money.MinorUnits;
import il.gov.cal.odsaccess.problem.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.LongTermsBucket;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;

/**
 * The transaction totals of a list of budgets of one period, as one search of {@code
 * cal-transactions}: the organisation's transactions dated within the period, per billing currency
 * of the budgets, grouped by every unit on their path ({@code unit_path_ids}, limited to the
 * budgets' units) and then by kind. A unit's group so holds its whole subtree's transactions, as
 * the core's sum over the unit path does, and each kind's sum is counted by {@link BudgetCounting}.
 *
 * <p>Sums are exact or refused: debits and credits of each kind are summed apart and accepted only
 * within {@link MinorUnits#EXACT_SUM_LIMIT}; beyond it the answer is a 422 problem.
 */
public final class BudgetTotalsSearch {

  private static final String UNITS = "units";
  private static final String KINDS = "kinds";

  /** A budget's unit and currency, which with the period pick out its transactions. */
  public record Key(long unitId, String currency) {}

  private final Map<String, List<Long>> unitsByCurrency = new LinkedHashMap<>();
  private final LocalDate firstDay;
  private final LocalDate lastDay;

  /**
   * @param periodKey {@code yyyy-MM}, or {@code yyyy-00} for the whole year
   * @param budgets the budgets of that period whose totals are wanted
   */
  public BudgetTotalsSearch(String periodKey, List<BudgetDocument> budgets) {
    int year = Integer.parseInt(periodKey.substring(0, 4));
    int month = Integer.parseInt(periodKey.substring(5));
    firstDay = LocalDate.of(year, month == 0 ? 1 : month, 1);
    lastDay = month == 0 ? LocalDate.of(year, 12, 31) : firstDay.plusMonths(1).minusDays(1);
    for (BudgetDocument b : budgets) {
      unitsByCurrency.computeIfAbsent(b.currency(), c -> new ArrayList<>()).add(b.unitId());
    }
  }

  /** Whether there is anything to search for. */
  public boolean isEmpty() {
    return unitsByCurrency.isEmpty();
  }

  /** The search: no hits, one filter aggregation per currency. */
  public SearchRequest.Builder request(SearchRequest.Builder s, String index, long orgId) {
    List<FieldValue> units =
        unitsByCurrency.values().stream().flatMap(List::stream).map(FieldValue::of).toList();
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(
                                f ->
                                    f.term(t -> t.field(Fields.ORG_ID).value(FieldValue.of(orgId))))
                            .filter(
                                f ->
                                    f.range(
                                        r ->
                                            r.field(Fields.TRANSACTION_DATE)
                                                .gte(JsonData.of(firstDay.toString()))
                                                .lte(JsonData.of(lastDay.toString()))))
                            .filter(
                                f ->
                                    f.terms(
                                        t ->
                                            t.field(Fields.UNIT_PATH_IDS)
                                                .terms(v -> v.value(units))))));
    s.index(index).size(0).query(query);
    int i = 0;
    for (Map.Entry<String, List<Long>> e : unitsByCurrency.entrySet()) {
      s.aggregations(aggregationName(i++), inCurrency(e.getKey(), e.getValue()));
    }
    return s;
  }

  /** Each budget's totals; a budget without transactions is absent. */
  public Map<Key, BudgetTotals> totals(SearchResponse<?> response) {
    Map<Key, BudgetTotals> totals = new HashMap<>();
    int i = 0;
    for (String currency : unitsByCurrency.keySet()) {
      Aggregate units =
          response.aggregations().get(aggregationName(i++)).filter().aggregations().get(UNITS);
      for (LongTermsBucket unit : units.lterms().buckets().array()) {
        long unitId =
            unit.key().isSigned() ? unit.key().signed() : Long.parseLong(unit.key().unsigned());
        BudgetTotals sum = BudgetTotals.NONE;
        for (StringTermsBucket kind : unit.aggregations().get(KINDS).sterms().buckets().array()) {
          sum = sum.plus(kind.key(), exactSum(kind, unitId, currency));
        }
        totals.put(new Key(unitId, currency), sum);
      }
    }
    return totals;
  }

  private static String aggregationName(int currencyIndex) {
    return "currency-" + currencyIndex;
  }

  private static Aggregation inCurrency(String currency, List<Long> unitIds) {
    List<String> units = unitIds.stream().map(String::valueOf).toList();
    Aggregation byKind =
        Aggregation.of(
            a ->
                a.terms(
                        t ->
                            t.field(Fields.KIND)
                                .include(in -> in.terms(BudgetCounting.countedKinds()))
                                .size(BudgetCounting.countedKinds().size()))
                    .aggregations(ExactAmountSum.aggregations()));
    Aggregation byUnit =
        Aggregation.of(
            a ->
                a.terms(
                        t ->
                            t.field(Fields.UNIT_PATH_IDS)
                                .include(in -> in.terms(units))
                                .size(units.size()))
                    .aggregations(KINDS, byKind));
    return Aggregation.of(
        a ->
            a.filter(
                    f ->
                        f.term(
                            t -> t.field(Fields.BILLING_CURRENCY).value(FieldValue.of(currency))))
                .aggregations(UNITS, byUnit));
  }

  private static long exactSum(StringTermsBucket kind, long unitId, String currency) {
    try {
      return ExactAmountSum.of(kind.aggregations());
    } catch (MinorUnits.InexactSumException e) {
      throw ProblemException.ruleViolated(
          422,
          "budget.total-out-of-exact-range",
          "The "
              + kind.key()
              + " total of unit "
              + unitId
              + " in "
              + currency
              + " is too large to be summed exactly.");
    }
  }
}
