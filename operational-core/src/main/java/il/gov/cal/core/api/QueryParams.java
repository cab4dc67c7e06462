package il.gov.cal.core.api;

import il.gov.cal.security.problem.BadRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parsing of optional query parameters that names the parameter on failure. Resources take query
 * parameters as strings and parse them here because JAX-RS answers a failed conversion with 404.
 */
public final class QueryParams {

  private QueryParams() {}

  /** An ISO 8601 calendar date ({@code 2026-03-31}), or null when absent. */
  public static LocalDate date(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      throw BadRequest.ofField(
          "request.invalid-date", name, "must be an ISO 8601 date (YYYY-MM-DD)");
    }
  }

  /** A positive id, or null when absent. */
  public static Long id(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(raw.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw BadRequest.ofField("request.invalid-id", name, "must be a positive id");
  }
}
