package il.gov.cal.core.api;

import il.gov.cal.security.problem.BadRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a request body against its Bean Validation constraints. Every violation is reported at
 * once, as the platform's validation problem (400, code {@code validation}, one error per field),
 * by the security module's mapper of {@link ConstraintViolationException}: the same answer the
 * other services give. Resources call it explicitly so that a missing body is named too.
 */
@ApplicationScoped
public class RequestBodies {

  private Validator validator;

  /** For the container's proxy only. */
  protected RequestBodies() {}

  @Inject
  public RequestBodies(Validator validator) {
    this.validator = validator;
  }

  /** The body itself, once it is present and valid. */
  public <T> T valid(T body) {
    if (body == null) {
      throw BadRequest.ofField("request.missing-body", "body", "is required");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return body;
  }
}
