package il.gov.cal.core.tenancy;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.OptionalLong;

/**
 * Establishes which organisation a request acts for. Exactly one implementation is active; the
 * domain never sees how the answer was obtained.
 */
public interface TenantResolver {

  /**
   * The organisation id the request acts for, or empty when the request names none.
   *
   * @param request the request, already authenticated
   * @return the organisation id, or empty
   * @throws il.gov.cal.security.problem.Unauthenticated if the request names one it may not use
   */
  OptionalLong resolve(ContainerRequestContext request);
}
