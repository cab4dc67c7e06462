package il.gov.cal.odsquery.transaction;

import il.gov.cal.odsaccess.cursor.Cursor;
import il.gov.cal.odsaccess.cursor.CursorCodec;
import il.gov.cal.odsaccess.cursor.InvalidCursorException;
import il.gov.cal.odsaccess.document.TransactionDocument;
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
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.Pit;
import org.opensearch.client.opensearch.core.search.TotalHitsRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transaction listings over {@code cal-transactions}: cursor pages for the portal and a full walk
 * for exports.
 *
 * <p>Pages use {@code search_after} on (sort key, id). The first page reads the live alias; a point
 * in time is opened when the second page is asked for and carried in the cursor from then on, so
 * later pages read the data as it was then while new transactions keep arriving. Opening it lazily
 * keeps the cluster's open points in time (a bounded resource, 300 per node by default) to the
 * listings someone actually pages through. A point in time is closed after the last page, or
 * expires {@link #KEEP_ALIVE} after the last page read. If the cluster refuses a new one, later
 * pages read live data: still no duplicates or gaps among existing transactions, since sort keys
 * never change.
 */
@ApplicationScoped
public class TransactionQueryService {

  /** How long a cursor, and the point in time behind it, stays usable after a page. */
  static final Duration KEEP_ALIVE = Duration.ofMinutes(2);

  /** Largest page a caller may ask for. */
  public static final int MAX_PAGE_SIZE = 200;

  private static final Logger log = LoggerFactory.getLogger(TransactionQueryService.class);

  @Inject OpenSearchClient client;
  @Inject CursorCodec codec;

  /**
   * One page of matching transactions.
   *
   * @param cursorToken the previous page's {@code next}, or null for the first page
   * @throws InvalidCursorException when the cursor is altered, foreign, or expired
   */
  public TransactionPage page(
      TransactionFilter filter, TransactionSort sort, int size, String cursorToken) {
    String fingerprint = CursorCodec.fingerprint(filter.canonical() + "|sort=" + sort.canonical());
    Cursor cursor = cursorToken == null ? null : codec.decode(cursorToken, fingerprint);
    String pit = cursor == null ? null : cursor.pitId();
    if (cursor != null && pit == null) {
      pit = openPointInTime();
    }
    List<FieldValue> after = cursor == null ? List.of() : cursor.after();

    SearchResponse<TransactionDocument> response = search(filter, sort, size + 1, pit, after);
    List<Hit<TransactionDocument>> hits = response.hits().hits();
    boolean more = hits.size() > size;
    List<Hit<TransactionDocument>> shown = more ? hits.subList(0, size) : hits;

    String next = null;
    if (more) {
      String nextPit = pit == null ? null : currentPit(response, pit);
      List<FieldValue> last = shown.get(shown.size() - 1).sort();
      next = codec.encode(new Cursor(fingerprint, Instant.now().plus(KEEP_ALIVE), nextPit, last));
    } else if (pit != null) {
      closePointInTime(currentPit(response, pit));
    }
    var total = response.hits().total();
    return new TransactionPage(
        shown.stream().map(h -> TransactionView.of(h.source())).toList(),
        next,
        total == null ? shown.size() : total.value(),
        total == null || total.relation() == TotalHitsRelation.Eq);
  }

  /**
   * Opens a walk over every matching transaction, read from one point in time so that an export is
   * consistent however long it takes. Opening fails fast (503) when the ODS does not answer, before
   * any byte of a response is written.
   */
  public TransactionWalk walk(TransactionFilter filter, TransactionSort sort) {
    String pit = openPointInTime();
    if (pit == null) {
      throw OdsSearchFailures.unavailable(
          "export", new IllegalStateException("no point in time available"));
    }
    return new TransactionWalk(this, filter, sort, pit);
  }

  SearchResponse<TransactionDocument> search(
      TransactionFilter filter,
      TransactionSort sort,
      int size,
      String pit,
      List<FieldValue> after) {
    // A fresh request per page: a reused builder would append search_after values.
    SearchRequest request =
        SearchRequest.of(
            s -> {
              if (pit == null) {
                s.index(OdsAliases.TRANSACTIONS);
              } else {
                s.pit(Pit.of(p -> p.id(pit).keepAlive(KEEP_ALIVE.toSeconds() + "s")));
              }
              s.query(filter.toQuery()).sort(sort.clauses(filter.dateField())).size(size);
              if (!after.isEmpty()) {
                s.searchAfter(after);
              }
              return s;
            });
    try {
      return client.search(request, TransactionDocument.class);
    } catch (OpenSearchException e) {
      if (pit != null && OdsSearchFailures.isGone(e)) {
        throw new InvalidCursorException("The cursor has expired; start the listing again.");
      }
      throw OdsSearchFailures.unavailable("transaction-search", e);
    } catch (IOException e) {
      throw OdsSearchFailures.unavailable("transaction-search", e);
    }
  }

  private String openPointInTime() {
    try {
      return client
          .createPit(
              p ->
                  p.index(OdsAliases.TRANSACTIONS)
                      .keepAlive(t -> t.time(KEEP_ALIVE.toSeconds() + "s")))
          .pitId();
    } catch (OpenSearchException | IOException e) {
      log.warn("point in time refused; later pages read live data error={}", e.toString());
      return null;
    }
  }

  void closePointInTime(String pit) {
    if (pit == null) {
      return;
    }
    try {
      client.deletePit(d -> d.pitId(pit));
    } catch (OpenSearchException | IOException e) {
      log.debug("point in time not closed; it expires on its own error={}", e.toString());
    }
  }

  static String currentPit(SearchResponse<?> response, String pit) {
    return response.pitId() != null ? response.pitId() : pit;
  }
}
