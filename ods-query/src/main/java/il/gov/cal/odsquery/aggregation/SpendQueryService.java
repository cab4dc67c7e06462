package il.gov.cal.odsquery.aggregation;

import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsaccess.document.TransactionDocument.Fields;
import il.gov.cal.odsaccess.money.ExactAmountSum;
import il.gov.cal.odsaccess.money.MinorUnits;
import il.gov.cal.odsaccess.problem.ProblemException;
import il.gov.cal.odsaccess.search.OdsAliases;
import il.gov.cal.odsaccess.search.OdsSearchFailures;
import il.gov.cal.odsquery.transaction.TransactionFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch._types.aggregations.DateHistogramBucket;
import org.opensearch.client.opensearch._types.aggregations.LongTermsBucket;
import org.opensearch.client.opensearch._types.aggregations.MultiBucketBase;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch.core.SearchResponse;

/**
 * Spend analytics over the same filters as the search: totals by unit, by category, by month and
 * the top merchants. Units, categories and merchants are ordered by spend, largest first; months in
 * calendar order. Totals are per billing currency, so no two currencies are ever added up.
 *
 * <p>Totals are exact or refused. The engine sums in double precision; debits and credits of each
 * group and currency are summed apart, and each sum is accepted only within {@link
 * MinorUnits#EXACT_SUM_LIMIT}, where a one-signed double sum is provably exact (see there). A group
 * beyond it (about 45 trillion shekels of debits or of credits) makes the whole answer a 422
 * problem asking for a narrower search, never a total with wrong last digits. The order of groups
 * by spend uses the engine's own sum, which is exact in the same range.
 */
@ApplicationScoped
public class SpendQueryService {

  /** Most groups one aggregation returns. */
  public static final int MAX_GROUPS = 100;

  private static final String GROUPS = "groups";
  private static final String SPEND = "spend";
  private static final String LABEL = "label";
  private static final String CURRENCIES = "currencies";

  @Inject OpenSearchClient client;

  /** Spend grouped by the dimension, at most {@code limit} groups. */
  public List<SpendBucketView> spend(TransactionFilter filter, SpendDimension by, int limit) {
    SearchResponse<TransactionDocument> response;
    try {
      response =
          client.search(
              s ->
                  s.index(OdsAliases.TRANSACTIONS)
                      .size(0)
                      .query(filter.toQuery())
                      .aggregations(GROUPS, groups(filter, by, limit)),
              TransactionDocument.class);
    } catch (OpenSearchException | IOException e) {
      throw OdsSearchFailures.unavailable("spend-" + by.name().toLowerCase(), e);
    }
    Aggregate groups = response.aggregations().get(GROUPS);
    List<SpendBucketView> views = new ArrayList<>();
    if (groups.isLterms()) {
      for (LongTermsBucket b : groups.lterms().buckets().array()) {
        String key = b.key().isSigned() ? b.key().signed().toString() : b.key().unsigned();
        views.add(view(key, b));
      }
    } else if (groups.isSterms()) {
      for (StringTermsBucket b : groups.sterms().buckets().array()) {
        views.add(view(b.key(), b));
      }
    } else if (groups.isDateHistogram()) {
      for (DateHistogramBucket b : groups.dateHistogram().buckets().array()) {
        if (b.docCount() > 0) {
          views.add(view(b.keyAsString(), b));
        }
      }
    }
    return views;
  }

  private static Aggregation groups(TransactionFilter filter, SpendDimension by, int limit) {
    Map<String, Aggregation> inner = new java.util.LinkedHashMap<>();
    inner.put(SPEND, Aggregation.of(a -> a.sum(m -> m.field(Fields.BILLING_AMOUNT_MINOR))));
    inner.put(
        CURRENCIES,
        Aggregation.of(
            a ->
                a.terms(t -> t.field(Fields.BILLING_CURRENCY).size(10))
                    .aggregations(ExactAmountSum.aggregations())));
    if (by.labelField() != null) {
      inner.put(LABEL, Aggregation.of(a -> a.terms(t -> t.field(by.labelField()).size(1))));
    }
    String field = by.keyField(filter.dateField());
    if (by == SpendDimension.MONTH) {
      return Aggregation.of(
          a ->
              a.dateHistogram(
                      h ->
                          h.field(field).calendarInterval(CalendarInterval.Month).format("yyyy-MM"))
                  .aggregations(inner));
    }
    return Aggregation.of(
        a ->
            a.terms(t -> t.field(field).size(limit).order(Map.of(SPEND, SortOrder.Desc)))
                .aggregations(inner));
  }

  private static SpendBucketView view(String key, MultiBucketBase bucket) {
    String label = null;
    Aggregate labels = bucket.aggregations().get(LABEL);
    if (labels != null && labels.isSterms() && !labels.sterms().buckets().array().isEmpty()) {
      label = labels.sterms().buckets().array().get(0).key();
    }
    List<SpendTotal> totals = new ArrayList<>();
    for (StringTermsBucket currency :
        bucket.aggregations().get(CURRENCIES).sterms().buckets().array()) {
      long minor;
      try {
        minor = ExactAmountSum.of(currency.aggregations());
      } catch (MinorUnits.InexactSumException e) {
        throw ProblemException.ruleViolated(
            422,
            "spend.total-out-of-exact-range",
            "A total of group "
                + key
                + " in "
                + currency.key()
                + " is too large to be summed exactly; narrow the search, e.g. by unit or dates.");
      }
      totals.add(new SpendTotal(MinorUnits.toDecimal(minor, currency.key()), currency.key()));
    }
    return new SpendBucketView(key, label, bucket.docCount(), totals);
  }
}
