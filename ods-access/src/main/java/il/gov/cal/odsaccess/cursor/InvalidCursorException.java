package il.gov.cal.odsaccess.cursor;

import il.gov.cal.odsaccess.problem.ProblemException;

/** A cursor that was altered, belongs to another query, or has expired: answered with 400. */
public class InvalidCursorException extends ProblemException {

  public InvalidCursorException(String detail) {
    super(400, "invalid-cursor", "Invalid cursor", detail);
  }
}
