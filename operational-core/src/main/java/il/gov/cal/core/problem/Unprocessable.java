package il.gov.cal.core.problem;

import java.util.List;

/**
 * A syntactically valid request the server refuses to act on as sent, such as an {@code
 * Idempotency-Key} reused with a different body: 422.
 */
public class Unprocessable extends ProblemException {

  public Unprocessable(String code, String detail) {
    super(422, code, detail, List.of());
  }

  @Override
  public String title() {
    return "Request cannot be processed";
  }
}
