package il.gov.cal.security.redaction;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A stand-in for an exception whose message holds a sensitive value: same stack trace, same cause
 * chain, the original class name in {@link #toString()}, and every message passed through the
 * {@link Redactor}. Log it in place of the original; it cannot be rethrown as the original type.
 */
public final class RedactedThrowable extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_DEPTH = 32;

  private final String originalType;

  private RedactedThrowable(Throwable original, Throwable cause) {
    super(Redactor.redact(original.getMessage()), cause, true, true);
    this.originalType = original.getClass().getName();
    setStackTrace(original.getStackTrace());
  }

  /**
   * The exception itself when every message in its cause chain and among its suppressed exceptions
   * is clean; otherwise a redacted copy of the whole chain.
   *
   * @param throwable any exception, or {@code null}
   * @return an exception safe to log, or {@code null} for {@code null}
   */
  public static Throwable of(Throwable throwable) {
    if (throwable == null || isClean(throwable, newSeen(), 0)) {
      return throwable;
    }
    return copy(throwable, newSeen(), 0);
  }

  /** The fully qualified class name of the exception this one stands in for. */
  public String originalType() {
    return originalType;
  }

  @Override
  public String toString() {
    String message = getLocalizedMessage();
    return message == null ? originalType : originalType + ": " + message;
  }

  private static boolean isClean(Throwable t, Set<Throwable> seen, int depth) {
    if (t == null || depth > MAX_DEPTH || !seen.add(t)) {
      return true;
    }
    if (!Redactor.isClean(t.getMessage())) {
      return false;
    }
    for (Throwable suppressed : t.getSuppressed()) {
      if (!isClean(suppressed, seen, depth + 1)) {
        return false;
      }
    }
    return isClean(t.getCause(), seen, depth + 1);
  }

  private static Throwable copy(Throwable t, Set<Throwable> seen, int depth) {
    if (t == null || depth > MAX_DEPTH || !seen.add(t)) {
      return null;
    }
    if (t instanceof RedactedThrowable) {
      return t;
    }
    RedactedThrowable copy = new RedactedThrowable(t, copy(t.getCause(), seen, depth + 1));
    for (Throwable suppressed : t.getSuppressed()) {
      Throwable redacted = copy(suppressed, seen, depth + 1);
      if (redacted != null) {
        copy.addSuppressed(redacted);
      }
    }
    return copy;
  }

  private static Set<Throwable> newSeen() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
