package il.gov.cal.odsquery.budget;

import il.gov.cal.odsaccess.document.BudgetDocument;
import il.gov.cal.odsaccess.document.BudgetDocument.Fields;
import il.gov.cal.odsaccess.money.MinorUnits;
import il.gov.cal.odsaccess.search.OdsAliases;
import il.gov.cal.odsaccess.search.OdsSearchFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Budgets per unit for one period, from {@code cal-budgets}, in unit-path order (a parent before
 * its sub-units). Amounts are the operational core's own counters as last streamed into the ODS.
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
      List<Hit<BudgetDocument>> hits =
          client
              .search(
                  s ->
                      s.index(OdsAliases.BUDGETS)
                          .size(MAX_UNITS)
                          .query(q -> q.bool(b -> b.filter(filters)))
                          .sort(o -> o.field(f -> f.field(Fields.UNIT_PATH).order(SortOrder.Asc))),
                  BudgetDocument.class)
              .hits()
              .hits();
      return hits.stream().map(h -> view(h.source())).toList();
    } catch (OpenSearchException | IOException e) {
      throw OdsSearchFailures.unavailable("budgets", e);
    }
  }

  private static BudgetView view(BudgetDocument b) {
    String currency = b.currency();
    return new BudgetView(
        b.unitId(),
        b.unitName(),
        b.unitPath(),
        b.periodKey(),
        currency,
        MinorUnits.toDecimal(b.allocatedMinor(), currency),
        MinorUnits.toDecimal(b.spentMinor(), currency),
        MinorUnits.toDecimal(b.refundedMinor(), currency),
        MinorUnits.toDecimal(b.availableMinor(), currency));
  }

  private static Query term(String field, FieldValue value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }
}
