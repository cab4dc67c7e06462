package il.gov.cal.odsaccess.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers a {@link ProblemException} with its problem document. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  private static final Logger log = LoggerFactory.getLogger(ProblemExceptionMapper.class);

  @Override
  public Response toResponse(ProblemException e) {
    if (e.status() >= 500) {
      log.warn("request failed status={} code={}", e.status(), e.code());
    } else {
      log.debug("request refused status={} code={}", e.status(), e.code());
    }
    return ProblemResponses.of(e.status(), e.code(), e.title(), e.getMessage());
  }
}
