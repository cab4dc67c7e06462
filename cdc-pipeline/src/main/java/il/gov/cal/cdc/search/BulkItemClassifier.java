package il.gov.cal.cdc.search;

/**
 * Decides what each bulk item's answer means. A bulk call answered with HTTP 200 may still have
 * failed item by item; every item is judged on its own status, never on the call's.
 *
 * <p>An index block ({@code cluster_block_exception}) is retried whatever its status: the
 * flood-stage disk block answers 429, but an operator's write or read-only block answers 403, and
 * both are lifted again, after which the same item is accepted.
 */
public final class BulkItemClassifier {

  private BulkItemClassifier() {}

  /** The outcome of one item. */
  public static BulkOutcome classify(BulkItem item) {
    int status = item.status();
    if (status >= 200 && status < 300) {
      return BulkOutcome.DONE;
    }
    if ("delete".equals(item.action()) && status == 404 && item.errorType() == null) {
      return BulkOutcome.DONE;
    }
    if (status == 409 && "version_conflict_engine_exception".equals(item.errorType())) {
      return BulkOutcome.STALE;
    }
    if (status == 0 || status == 408 || status == 429 || status >= 500) {
      return BulkOutcome.RETRY;
    }
    if ("cluster_block_exception".equals(item.errorType())) {
      return BulkOutcome.RETRY;
    }
    if ("update".equals(item.action())
        && status == 404
        && "document_missing_exception".equals(item.errorType())) {
      return BulkOutcome.INDEX_FULL_DOCUMENT;
    }
    return BulkOutcome.DEAD_LETTER;
  }
}
