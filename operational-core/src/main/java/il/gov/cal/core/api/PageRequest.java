package il.gov.cal.core.api;

import il.gov.cal.security.problem.BadRequest;

/**
 * Where a page starts and how long it is, read from the {@code cursor} and {@code limit} query
 * parameters. The first page starts after id 0.
 *
 * @param afterId the last id of the previous page, 0 for the first page
 * @param limit how many items at most, 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(long afterId, int limit) {

  /** The largest page a client may ask for. */
  public static final int MAX_LIMIT = 200;

  /** The page length when the client does not say. */
  public static final int DEFAULT_LIMIT = 50;

  /** Parses the limit parameter, naming it in the 400 when it is not a number in range. */
  public static int limit(String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(raw.trim());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // Reported below with the accepted range.
    }
    throw BadRequest.ofField(
        "request.invalid-limit", "limit", "must be between 1 and " + MAX_LIMIT);
  }
}
