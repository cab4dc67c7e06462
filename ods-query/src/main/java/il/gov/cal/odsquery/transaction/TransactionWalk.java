package il.gov.cal.odsquery.transaction;

import il.gov.cal.odsaccess.document.TransactionDocument;
import java.util.List;
import java.util.function.Consumer;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Every transaction matching a filter, in order, read batch by batch from one point in time with
 * {@code search_after}: memory stays bounded by one batch whatever the number of transactions.
 * Close it to release the point in time.
 */
public final class TransactionWalk implements AutoCloseable {

  /** Transactions fetched per round trip. */
  static final int BATCH = 1000;

  private final TransactionQueryService service;
  private final TransactionFilter filter;
  private final TransactionSort sort;
  private String pit;

  TransactionWalk(
      TransactionQueryService service, TransactionFilter filter, TransactionSort sort, String pit) {
    this.service = service;
    this.filter = filter;
    this.sort = sort;
    this.pit = pit;
  }

  /** Hands every matching transaction to {@code batch}, one batch at a time, in order. */
  public void forEachBatch(Consumer<List<TransactionDocument>> batch) {
    List<FieldValue> after = List.of();
    while (true) {
      SearchResponse<TransactionDocument> response =
          service.search(filter, sort, BATCH, pit, after);
      List<Hit<TransactionDocument>> hits = response.hits().hits();
      pit = TransactionQueryService.currentPit(response, pit);
      if (hits.isEmpty()) {
        return;
      }
      batch.accept(hits.stream().map(Hit::source).toList());
      if (hits.size() < BATCH) {
        return;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  @Override
  public void close() {
    service.closePointInTime(pit);
  }
}
