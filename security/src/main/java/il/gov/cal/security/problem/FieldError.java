package il.gov.cal.security.problem;

import il.gov.cal.security.redaction.Redactor;
import java.util.Objects;

/**
 * One reason a request was refused, tied to the field it concerns.
 *
 * @param field the field, as a dotted path ({@code card.limit}, {@code lines[2].amount}), or a
 *     location in the body ({@code line 3, column 7}); redacted
 * @param reason why it was refused; redacted
 */
public record FieldError(String field, String reason) {

  /** Requires and redacts both parts. */
  public FieldError {
    field = Redactor.redact(Objects.requireNonNull(field, "field"));
    reason = Redactor.redact(Objects.requireNonNull(reason, "reason"));
  }
}
