package il.gov.cal.cdc.ods;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The unit, cardholder and card rows that documents denormalise, kept across batches so that a
 * card's transactions do not read the same three rows again in every batch. Least recently used
 * rows leave first once {@code capacity} is reached.
 *
 * <p>Sound only because the pipeline is the single writer of the ODS tables and forgets, before it
 * builds any document of a batch, every row that batch changed ({@link #forget}). Not thread-safe:
 * the engine's thread is its only user.
 */
public final class ReferenceCache {

  private final Map<String, Optional<Map<String, Object>>> rows;

  public ReferenceCache(int capacity) {
    this.rows =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Optional<Map<String, Object>>> e) {
            return size() > capacity;
          }
        };
  }

  /** Forgets a source row that has just changed. */
  public void forget(String sourceTable, long id) {
    rows.remove(key(sourceTable, id));
  }

  Optional<Map<String, Object>> get(String sourceTable, long id) {
    return rows.get(key(sourceTable, id));
  }

  void put(String sourceTable, long id, Optional<Map<String, Object>> row) {
    rows.put(key(sourceTable, id), row);
  }

  int size() {
    return rows.size();
  }

  private static String key(String sourceTable, long id) {
    return sourceTable + ':' + id;
  }
}
