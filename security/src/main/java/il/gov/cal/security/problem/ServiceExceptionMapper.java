package il.gov.cal.security.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the services' own exceptions ({@link DomainRuleViolation}, {@link NotFound}, {@link
 * BadRequest}, {@link AccessDenied}, {@link Unauthenticated} and their subclasses) to their
 * problems: the one place where that vocabulary meets HTTP. A 401 carries the bearer challenge
 * every 401 must ({@link Unauthenticated#CHALLENGE}).
 */
@Provider
public class ServiceExceptionMapper extends ProblemMapper<ServiceException> {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceExceptionMapper.class);

  @Override
  public Response toResponse(ServiceException exception) {
    LOG.debug("Refused status={} code={}", exception.status(), exception.code());
    Response response = respond(exception.toProblem());
    if (exception instanceof Unauthenticated) {
      return Response.fromResponse(response)
          .header(HttpHeaders.WWW_AUTHENTICATE, Unauthenticated.CHALLENGE)
          .build();
    }
    return response;
  }
}
