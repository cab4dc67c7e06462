package il.gov.cal.cdc.search;

/** What the writer does with one bulk item. */
public enum BulkOutcome {
  /** Written. */
  DONE,
  /** Refused because the index already holds a newer version: the newer state stands. */
  STALE,
  /** Temporarily refused (429, 5xx, timeout): send again after a backoff. */
  RETRY,
  /** An update found no document: send the full document as an index action instead. */
  INDEX_FULL_DOCUMENT,
  /** Refused for good (mapping, bad request): store in the dead-letter table, go on. */
  DEAD_LETTER
}
