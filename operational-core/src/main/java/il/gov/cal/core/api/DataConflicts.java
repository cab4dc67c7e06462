package il.gov.cal.core.api;

import static il.gov.cal.security.problem.DomainRuleViolation.Kind.CONFLICT;

import il.gov.cal.security.problem.DomainRuleViolation;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;

/**
 * Recognises, in a failure's cause chain, the two conflicts the database settles itself: a row
 * changed by another request since it was read, and a row that breaks a unique key or a reference
 * (two requests creating the same thing at once). Both are 409s the caller can act on; any other
 * persistence failure is the server's.
 */
final class DataConflicts {

  private static final int MAX_DEPTH = 16;

  private DataConflicts() {}

  /** The conflict the chain shows, or empty. */
  static Optional<DomainRuleViolation> in(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return Optional.of(
            new DomainRuleViolation(
                CONFLICT,
                "request.concurrent-update",
                "Changed by another request meanwhile; reload and retry"));
      }
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return Optional.of(
            new DomainRuleViolation(
                CONFLICT,
                "request.conflicting-data",
                "Conflicts with existing data (a duplicate or a reference)"));
      }
    }
    return Optional.empty();
  }
}
