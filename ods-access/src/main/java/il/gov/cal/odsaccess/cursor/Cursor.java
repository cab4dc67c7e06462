package il.gov.cal.odsaccess.cursor;

import java.time.Instant;
import java.util.List;
import org.opensearch.client.opensearch._types.FieldValue;

/**
 * Where the next page starts: the sort values of the last hit returned ({@code search_after}), the
 * point in time the pages are read from (null when the listing reads live data), the fingerprint of
 * the query it belongs to, and when it stops being accepted.
 *
 * <p>Sort values keep their JSON kind: a date sort value is a number and goes back as a number, and
 * a long (including the missing-value sentinels {@code Long.MAX_VALUE} and {@code Long.MIN_VALUE})
 * stays an exact 64-bit long.
 */
public record Cursor(String fingerprint, Instant expiresAt, String pitId, List<FieldValue> after) {

  public Cursor {
    after = List.copyOf(after);
  }
}
