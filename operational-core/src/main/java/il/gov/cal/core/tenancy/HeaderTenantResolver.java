package il.gov.cal.core.tenancy;

import il.gov.cal.core.problem.Unauthenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.OptionalLong;

/**
 * Takes the organisation from the {@code X-Cal-Org} header, for dev and test only: under any other
 * profile the header is refused, since anyone can send it. Replaced by a resolver that reads the
 * organisation claim of the verified caller token.
 */
@ApplicationScoped
public class HeaderTenantResolver implements TenantResolver {

  /** The header naming the organisation a dev or test request acts for. */
  public static final String HEADER = "X-Cal-Org";

  private ConfigProfile profile;

  /** For the container's proxy only. */
  protected HeaderTenantResolver() {}

  @Inject
  public HeaderTenantResolver(ConfigProfile profile) {
    this.profile = profile;
  }

  @Override
  public OptionalLong resolve(ContainerRequestContext request) {
    String value = request.getHeaderString(HEADER);
    if (value == null || value.isBlank()) {
      return OptionalLong.empty();
    }
    if (!profile.allowsStandInIdentity()) {
      throw new Unauthenticated(
          "tenant.header-refused", HEADER + " is accepted only in the dev and test environments");
    }
    try {
      long id = Long.parseLong(value.trim());
      if (id <= 0) {
        throw new NumberFormatException();
      }
      return OptionalLong.of(id);
    } catch (NumberFormatException e) {
      throw new Unauthenticated("tenant.invalid", HEADER + " must be an organisation id");
    }
  }
}
