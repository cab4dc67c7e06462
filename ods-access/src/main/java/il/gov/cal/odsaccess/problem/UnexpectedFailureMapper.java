package il.gov.cal.odsaccess.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a failure nobody anticipated is logged with its stack and answered as a bare 500
 * problem, without the exception's message, which may quote data.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedFailureMapper.class);

  @Override
  public Response toResponse(RuntimeException e) {
    log.error("unexpected failure error={}", e.getClass().getName(), e);
    return ProblemResponses.of(
        500, "internal-error", "Internal error", "The request could not be completed.");
  }
}
