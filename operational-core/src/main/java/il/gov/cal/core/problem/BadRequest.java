package il.gov.cal.core.problem;

import java.util.List;

/** Input the server cannot accept as sent: 400, naming each field to fix. */
public class BadRequest extends ProblemException {

  public BadRequest(String code, String field, String message) {
    this(code, List.of(new FieldError(field, message)));
  }

  public BadRequest(String code, List<FieldError> errors) {
    super(400, code, describe(errors), errors);
  }

  private static String describe(List<FieldError> errors) {
    return errors.isEmpty()
        ? "The request is invalid"
        : errors.get(0).field() + ": " + errors.get(0).message();
  }

  @Override
  public String title() {
    return "Invalid request";
  }
}
