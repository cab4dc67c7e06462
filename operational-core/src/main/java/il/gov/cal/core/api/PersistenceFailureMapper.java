package il.gov.cal.core.api;

import il.gov.cal.security.problem.ProblemMapper;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A persistence failure thrown while a command runs (a flush inside it): a conflict is a 409
 * problem, anything else a 500, in the platform's problem shape.
 */
@Provider
public class PersistenceFailureMapper extends ProblemMapper<PersistenceException> {

  @Override
  public Response toResponse(PersistenceException exception) {
    return DataConflicts.in(exception)
        .map(conflict -> respond(conflict.toProblem()))
        .orElseGet(() -> internalError(exception));
  }
}
