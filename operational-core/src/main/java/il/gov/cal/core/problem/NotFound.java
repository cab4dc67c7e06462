package il.gov.cal.core.problem;

import java.util.List;

/**
 * The addressed thing does not exist for this caller: 404. Another organisation's rows are reported
 * exactly like missing ones, so ids reveal nothing across tenants.
 */
public class NotFound extends ProblemException {

  public NotFound(String thing, Object id) {
    super(404, thing + ".not-found", "No " + thing + " with id " + id, List.of());
  }

  @Override
  public String title() {
    return "Not found";
  }
}
