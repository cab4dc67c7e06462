package il.gov.cal.security.web;

import il.gov.cal.security.problem.ConstraintViolationMapper;
import il.gov.cal.security.problem.JsonbExceptionMapper;
import il.gov.cal.security.problem.ProcessingExceptionMapper;
import il.gov.cal.security.problem.ServiceExceptionMapper;
import il.gov.cal.security.problem.UnhandledExceptionMapper;
import il.gov.cal.security.problem.WebApplicationExceptionMapper;
import java.util.Set;

/**
 * Every Jakarta REST provider of this library, for an application that lists its classes:
 *
 * <pre>{@code
 * public Set<Class<?>> getClasses() {
 *   Set<Class<?>> classes = new HashSet<>(SecurityProviders.classes());
 *   classes.add(CardResource.class);
 *   return classes;
 * }
 * }</pre>
 *
 * <p>An application whose {@code Application} subclass returns no classes needs nothing: Open
 * Liberty's annotation scanning finds these {@code @Provider} classes in {@code WEB-INF/lib}.
 */
public final class SecurityProviders {

  private SecurityProviders() {}

  /**
   * The filters and exception mappers.
   *
   * @return the provider classes
   */
  public static Set<Class<?>> classes() {
    return Set.of(
        CorrelationIdFilter.class,
        SecurityHeadersFilter.class,
        ChallengeProblemFilter.class,
        RateLimitFilter.class,
        ServiceExceptionMapper.class,
        ConstraintViolationMapper.class,
        WebApplicationExceptionMapper.class,
        JsonbExceptionMapper.class,
        ProcessingExceptionMapper.class,
        UnhandledExceptionMapper.class);
  }
}
