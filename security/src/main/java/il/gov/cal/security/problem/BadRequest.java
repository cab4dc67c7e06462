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
}
