package il.gov.cal.core.api;

import il.gov.cal.core.problem.BadRequest;
import il.gov.cal.core.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a request body against its Bean Validation constraints and reports every violation as one
 * 400 problem naming the fields. Resources call it explicitly so that the answer is always this
 * core's problem format, whichever JAX-RS implementation runs it.
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
      throw new BadRequest("request.missing-body", "body", "is required");
    }
    List<FieldError> errors =
        validator.validate(body).stream()
            .map(RequestBodies::toFieldError)
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    if (!errors.isEmpty()) {
      throw new BadRequest("request.invalid", errors);
    }
    return body;
  }

  private static FieldError toFieldError(ConstraintViolation<?> violation) {
    return new FieldError(violation.getPropertyPath().toString(), violation.getMessage());
  }
}
