package il.gov.cal.cardview.charge;

import il.gov.cal.cardview.session.CardViewSession;
import il.gov.cal.cardview.transaction.CardTransactionView;
import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsaccess.document.TransactionDocument.Fields;
import il.gov.cal.odsaccess.money.MinorUnits;
import il.gov.cal.odsaccess.search.OdsAliases;
import il.gov.cal.odsaccess.search.OdsSearchFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Posted transactions of the card grouped by billing month (the month of the posting date), with
 * totals summed here in exact minor units, per billing currency.
 */
@ApplicationScoped
public class ChargeQueryService {

  /** Most transactions one answer carries. */
  public static final int MAX_TRANSACTIONS = 1000;

  private static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");

  @Inject OpenSearchClient client;

  /** The last {@code months} billing months, the current one included. */
  public ChargesView charges(CardViewSession session, int months) {
    LocalDate from = LocalDate.now(ISRAEL).withDayOfMonth(1).minusMonths(months - 1L);
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(term(Fields.ORG_ID, FieldValue.of(session.orgId())))
                            .filter(term(Fields.CARD_ID, FieldValue.of(session.cardId())))
                            .filter(
                                term(
                                    Fields.STATUS,
                                    FieldValue.of(TransactionDocument.STATUS_POSTED)))
                            .filter(
                                f ->
                                    f.range(
                                        r ->
                                            r.field(Fields.POSTING_DATE)
                                                .gte(JsonData.of(from.toString()))))));
    List<TransactionDocument> posted;
    try {
      posted =
          client
              .search(
                  s ->
                      s.index(OdsAliases.TRANSACTIONS)
                          .query(query)
                          .size(MAX_TRANSACTIONS + 1)
                          .sort(
                              o -> o.field(f -> f.field(Fields.POSTING_DATE).order(SortOrder.Desc)))
                          .sort(o -> o.field(f -> f.field(Fields.ID).order(SortOrder.Desc))),
                  TransactionDocument.class)
              .hits()
              .hits()
              .stream()
              .map(Hit::source)
              .toList();
    } catch (OpenSearchException | IOException e) {
      throw OdsSearchFailures.unavailable("card-charges", e);
    }
    boolean complete = posted.size() <= MAX_TRANSACTIONS;
    return new ChargesView(
        byMonth(complete ? posted : posted.subList(0, MAX_TRANSACTIONS)), complete);
  }

  private static List<BillingMonthView> byMonth(List<TransactionDocument> posted) {
    Map<String, List<TransactionDocument>> months = new LinkedHashMap<>();
    for (TransactionDocument t : posted) {
      months.computeIfAbsent(t.postingDate().substring(0, 7), m -> new ArrayList<>()).add(t);
    }
    List<BillingMonthView> views = new ArrayList<>();
    months.forEach(
        (month, transactions) -> {
          Map<String, Long> sums = new TreeMap<>();
          transactions.forEach(
              t -> sums.merge(t.billingCurrency(), t.billingAmountMinor(), Math::addExact));
          List<ChargeTotal> totals = new ArrayList<>();
          sums.forEach(
              (c, minor) -> totals.add(new ChargeTotal(MinorUnits.toDecimal(minor, c), c)));
          views.add(
              new BillingMonthView(
                  month, totals, transactions.stream().map(CardTransactionView::of).toList()));
        });
    return views;
  }

  private static Query term(String field, FieldValue value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }
}
