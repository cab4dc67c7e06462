package il.gov.cal.cardview.transaction;

import il.gov.cal.cardview.session.CardViewSession;
import il.gov.cal.odsaccess.cursor.Cursor;
import il.gov.cal.odsaccess.cursor.CursorCodec;
import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsaccess.document.TransactionDocument.Fields;
import il.gov.cal.odsaccess.search.OdsAliases;
import il.gov.cal.odsaccess.search.OdsSearchFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The card's transactions, newest first (transaction date, then id), paged with {@code
 * search_after} on live data. No point in time: a cardholder's listing is short and cheap, and as
 * sort keys never change, pages neither overlap nor skip; a transaction arriving meanwhile with an
 * older date than the cursor appears on a later page.
 */
@ApplicationScoped
public class CardTransactionQueryService {

  /** How long a page's cursor stays usable. */
  private static final Duration CURSOR_LIFE = Duration.ofMinutes(15);

  @Inject OpenSearchClient client;
  @Inject CursorCodec codec;

  /** One page for the session's card; {@code cursorToken} null for the newest page. */
  public CardTransactionPage page(CardViewSession session, int size, String cursorToken) {
    String fingerprint =
        CursorCodec.fingerprint("card-view|org=" + session.orgId() + "|card=" + session.cardId());
    List<FieldValue> after =
        cursorToken == null ? List.of() : codec.decode(cursorToken, fingerprint).after();
    SearchResponse<TransactionDocument> response = search(session, size + 1, after);
    List<Hit<TransactionDocument>> hits = response.hits().hits();
    boolean more = hits.size() > size;
    List<Hit<TransactionDocument>> shown = more ? hits.subList(0, size) : hits;
    String next =
        more
            ? codec.encode(
                new Cursor(
                    fingerprint,
                    Instant.now().plus(CURSOR_LIFE),
                    null,
                    shown.get(shown.size() - 1).sort()))
            : null;
    return new CardTransactionPage(
        shown.stream().map(h -> CardTransactionView.of(h.source())).toList(), next);
  }

  private SearchResponse<TransactionDocument> search(
      CardViewSession session, int size, List<FieldValue> after) {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(term(Fields.ORG_ID, session.orgId()))
                            .filter(term(Fields.CARD_ID, session.cardId()))));
    // A fresh request per page: a reused builder would append search_after values.
    SearchRequest request =
        SearchRequest.of(
            s -> {
              s.index(OdsAliases.TRANSACTIONS)
                  .query(query)
                  .size(size)
                  .trackTotalHits(t -> t.enabled(false))
                  .sort(o -> o.field(f -> f.field(Fields.TRANSACTION_DATE).order(SortOrder.Desc)))
                  .sort(o -> o.field(f -> f.field(Fields.ID).order(SortOrder.Desc)));
              if (!after.isEmpty()) {
                s.searchAfter(after);
              }
              return s;
            });
    try {
      return client.search(request, TransactionDocument.class);
    } catch (OpenSearchException | IOException e) {
      throw OdsSearchFailures.unavailable("card-transactions", e);
    }
  }

  static Query term(String field, long value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }
}
