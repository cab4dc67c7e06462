package il.gov.cal.core.tenancy;

import il.gov.cal.security.identity.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.OptionalLong;

/**
 * Takes the organisation from the {@code org} claim of the caller's token, which MicroProfile JWT
 * has verified before any resource runs. Nothing the client sends besides the token (no header,
 * parameter or body member) can name the organisation.
 */
@ApplicationScoped
public class TokenTenantResolver implements TenantResolver {

  private CurrentCaller caller;

  /** For the container's proxy only. */
  protected TokenTenantResolver() {}

  /**
   * A resolver over the request's caller.
   *
   * @param caller the caller of the current request
   */
  @Inject
  public TokenTenantResolver(CurrentCaller caller) {
    this.caller = caller;
  }

  @Override
  public OptionalLong resolve(ContainerRequestContext request) {
    return caller
        .find()
        .filter(c -> c.organisationId() != null)
        .map(c -> OptionalLong.of(c.organisationId()))
        .orElse(OptionalLong.empty());
  }
}
