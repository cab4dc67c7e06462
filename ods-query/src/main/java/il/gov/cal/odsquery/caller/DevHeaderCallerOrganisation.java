package il.gov.cal.odsquery.caller;

import il.gov.cal.odsaccess.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the caller's organisation from the {@code X-Cal-Org} header, in the dev and test profiles
 * only ({@code cal.ods.identity.dev-header}); elsewhere every request is refused with 401.
 *
 * <p>This stands in for the platform's signed caller identity (JWT claims read by the security
 * module), which is not available to this service yet. Until it is, beta and prod cannot serve
 * portal queries at all rather than trust a header; switching means one new implementation of
 * {@link CallerOrganisation} and deleting this class.
 */
@RequestScoped
public class DevHeaderCallerOrganisation implements CallerOrganisation {

  /** The dev/test-only header naming the caller's organisation. */
  public static final String HEADER = "X-Cal-Org";

  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "cal.ods.identity.dev-header", defaultValue = "false")
  boolean headerAllowed;

  @Override
  public long orgId() {
    if (!headerAllowed) {
      throw ProblemException.unauthorized(
          "no-identity", "The request carries no caller identity this service accepts.");
    }
    String value = request.getHeader(HEADER);
    if (value != null && value.trim().matches("[1-9][0-9]{0,17}")) {
      return Long.parseLong(value.trim());
    }
    throw ProblemException.unauthorized(
        "no-identity", "The request carries no caller organisation.");
  }
}
