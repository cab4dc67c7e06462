package il.gov.cal.core.api;

import il.gov.cal.security.problem.ProblemMapper;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A command's transaction that failed to commit (the container wraps the database's refusal): a
 * conflict is a 409 problem, anything else a 500, in the platform's problem shape.
 */
@Provider
public class TransactionFailureMapper extends ProblemMapper<TransactionalException> {

  @Override
  public Response toResponse(TransactionalException exception) {
    return DataConflicts.in(exception)
        .map(conflict -> respond(conflict.toProblem()))
        .orElseGet(() -> internalError(exception));
  }
}
