package il.gov.cal.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The MicroProfile Config profile the server runs under ({@code mp.config.profile}): dev, test,
 * beta or prod. Stand-ins for real identity are allowed only under dev and test.
 */
@ApplicationScoped
public class ConfigProfile {

  private static final Set<String> LOCAL = Set.of("dev", "test");

  /** True when the server runs under the dev or test profile. */
  public boolean allowsStandInIdentity() {
    return LOCAL.contains(name());
  }

  /** The active profile, empty when none is set (which counts as production). */
  public String name() {
    return ConfigProvider.getConfig()
        .getOptionalValue("mp.config.profile", String.class)
        .orElse("");
  }
}
