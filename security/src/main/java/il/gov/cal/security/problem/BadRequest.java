package il.gov.cal.security.problem;

import java.util.List;

/** The request is malformed or incomplete in a way bean validation did not catch (400). */
public class BadRequest extends ServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * A bad request.
   *
   * @param code the stable code
   * @param detail an explanation, without sensitive values
   */
  public BadRequest(String code, String detail) {
    this(code, detail, List.of());
  }

  /**
   * A bad request with the fields at fault.
   *
   * @param code the stable code
   * @param detail an explanation, without sensitive values
   * @param errors the fields at fault
   */
  public BadRequest(String code, String detail, List<FieldError> errors) {
    super(400, code, "Bad request", detail, errors);
  }

  /**
   * A bad request caused by one field, whose detail names the field and the reason.
   *
   * @param code the stable code
   * @param field the field, parameter or header at fault, such as {@code limit}
   * @param reason why it was refused, such as {@code must be between 1 and 200}
   * @return the exception
   */
  public static BadRequest ofField(String code, String field, String reason) {
    return new BadRequest(code, field + ": " + reason, List.of(new FieldError(field, reason)));
  }
}
