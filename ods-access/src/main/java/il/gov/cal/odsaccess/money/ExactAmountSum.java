package il.gov.cal.odsaccess.money;

import il.gov.cal.odsaccess.document.TransactionDocument.Fields;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The exact sum of a bucket's billing amounts in minor units, as two sub-aggregations: the sum of
 * its debits (amounts of zero or more) and the sum of its credits (negative amounts). The engine
 * sums in doubles; one-signed sums of whole numbers stay exact within {@link
 * MinorUnits#EXACT_SUM_LIMIT}, which {@link MinorUnits#exactTotal} checks.
 */
public final class ExactAmountSum {

  private static final String DEBITS = "exact-debits";
  private static final String CREDITS = "exact-credits";
  private static final String SUM = "sum";

  private ExactAmountSum() {}

  /** The sub-aggregations to add to each bucket whose total is wanted. */
  public static Map<String, Aggregation> aggregations() {
    return Map.of(DEBITS, signedSum(true), CREDITS, signedSum(false));
  }

  /**
   * The exact total of a bucket that carries {@link #aggregations()}.
   *
   * @throws MinorUnits.InexactSumException when the total cannot be shown to be exact
   */
  public static long of(Map<String, Aggregate> bucketAggregations) {
    return MinorUnits.exactTotal(
        sum(bucketAggregations.get(DEBITS)), sum(bucketAggregations.get(CREDITS)));
  }

  private static Aggregation signedSum(boolean debits) {
    Query sign =
        Query.of(
            q ->
                q.range(
                    r ->
                        debits
                            ? r.field(Fields.BILLING_AMOUNT_MINOR).gte(JsonData.of(0))
                            : r.field(Fields.BILLING_AMOUNT_MINOR).lt(JsonData.of(0))));
    return Aggregation.of(
        a ->
            a.filter(sign)
                .aggregations(
                    SUM, Aggregation.of(s -> s.sum(m -> m.field(Fields.BILLING_AMOUNT_MINOR)))));
  }

  private static double sum(Aggregate filtered) {
    Double sum = filtered.filter().aggregations().get(SUM).sum().value();
    return sum == null ? 0 : sum;
  }
}
