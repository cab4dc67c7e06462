package il.gov.cal.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The MicroProfile Config profile the server runs under ({@code mp.config.profile}): dev, test,
 * beta or prod. Local stand-ins for real infrastructure, such as the local token issuer's key set,
 * are served only under dev and test.
 */
@ApplicationScoped
public class ConfigProfile {

  private static final Set<String> LOCAL = Set.of("dev", "test");

  /**
   * Whether the server runs under the dev or test profile.
   *
   * @return {@code true} under dev and test
   */
  public boolean isLocal() {
    return isLocal(name());
  }

  /**
   * Whether a profile is dev or test.
   *
   * @param profile a profile name, possibly empty
   * @return {@code true} for dev and test
   */
  public static boolean isLocal(String profile) {
    return profile != null && LOCAL.contains(profile);
  }

  /**
   * The active profile.
   *
   * @return the profile, empty when none is set (which counts as production)
   */
  public String name() {
    return ConfigProvider.getConfig()
        .getOptionalValue("mp.config.profile", String.class)
        .orElse("");
  }
}
