package il.gov.cal.security.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a resource method, or every method of a resource class, in an {@link EndpointClass} with its
 * own rate limit. Methods without it are limited as {@link EndpointClass#DEFAULT}; an annotation on
 * the method wins over one on the class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

  /**
   * The endpoint class.
   *
   * @return the class whose limit applies
   */
  EndpointClass value();
}
