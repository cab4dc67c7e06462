package il.gov.cal.security.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the services' own exceptions ({@link DomainRuleViolation}, {@link NotFound}, {@link
 * BadRequest}, {@link AccessDenied} and their subclasses) to their problems: the one place where
 * that vocabulary meets HTTP.
 */
@Provider
public class ServiceExceptionMapper extends ProblemMapper<ServiceException> {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceExceptionMapper.class);

  @Override
  public Response toResponse(ServiceException exception) {
    LOG.debug("Refused status={} code={}", exception.status(), exception.code());
    return respond(exception.toProblem());
  }
}
