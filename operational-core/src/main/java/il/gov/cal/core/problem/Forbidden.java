package il.gov.cal.core.problem;

import java.util.List;

/** The caller is known but may not do this here (an environment or role restriction): 403. */
public class Forbidden extends ProblemException {

  public Forbidden(String code, String detail) {
    super(403, code, detail, List.of());
  }

  @Override
  public String title() {
    return "Forbidden";
  }
}
