package il.gov.cal.security.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Maps bean-validation failures of a request to a 400 listing each violated field and why. A
 * violation on a method's return value is the server's fault and becomes a 500 instead, as the
 * Jakarta REST specification requires.
 *
 * <p>The field is the path below the resource method's parameter ({@code card.limit}, {@code
 * lines[2].amount}), or the parameter's name when the parameter itself is invalid. The rejected
 * value is never echoed.
 */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<FieldError> errors = new ArrayList<>();
    if (exception.getConstraintViolations() != null) {
      for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
        if (isReturnValue(violation.getPropertyPath())) {
          return internalError(exception);
        }
        errors.add(new FieldError(field(violation.getPropertyPath()), violation.getMessage()));
      }
    }
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason));
    String detail =
        errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
    return respond(
        Problem.of(400, "validation", "Request validation failed", detail).withErrors(errors));
  }

  private static boolean isReturnValue(Path path) {
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  static String field(Path path) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> {
          field.setLength(0);
        }
        case PARAMETER -> {
          parameter = node.getName();
          field.setLength(0);
        }
        default -> {
          if (node.getName() != null) {
            if (field.length() > 0) {
              field.append('.');
            }
            field.append(node.getName());
          }
          if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
          } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
          }
        }
      }
    }
    if (field.length() > 0) {
      return field.toString();
    }
    return parameter != null ? parameter : path.toString();
  }
}
