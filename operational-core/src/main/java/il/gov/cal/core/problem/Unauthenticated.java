package il.gov.cal.core.problem;

import java.util.List;

/** The caller, or the organisation it acts for, could not be established: 401. */
public class Unauthenticated extends ProblemException {

  public Unauthenticated(String code, String detail) {
    super(401, code, detail, List.of());
  }

  @Override
  public String title() {
    return "Not authenticated";
  }
}
