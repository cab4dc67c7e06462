package il.gov.cal.security.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service that verifies bearer tokens must name the issuer and the audience it accepts ({@code
 * mp.jwt.verify.issuer}, {@code mp.jwt.verify.audiences}); it refuses to start otherwise.
 *
 * <p>Why: without them {@link BearerTokenScreen} accepts a token of any issuer or audience signed
 * by a trusted key, while Liberty's verifier may still refuse it, and Liberty writes the tokens it
 * refuses into its incident reports. With both named, the screen and Liberty refuse the same
 * tokens, so a refused token never reaches Liberty.
 *
 * <p>{@value #ANY_ISSUER_AND_AUDIENCE}{@code =true} (environment {@code
 * CAL_IDENTITY_ACCEPT_ANY_ISSUER_AND_AUDIENCE}) lets a local experiment start without them; it is
 * refused under the beta and prod profiles, and a service started with it logs a warning.
 */
public final class IssuerAndAudienceRequirement {

  /** The local-only switch that lets a service start without issuer or audience. */
  public static final String ANY_ISSUER_AND_AUDIENCE =
      "cal.identity.accept-any-issuer-and-audience";

  static final String ISSUER = "mp.jwt.verify.issuer";
  static final String AUDIENCES = "mp.jwt.verify.audiences";

  private static final List<String> FORBIDDEN_PROFILES = List.of("beta", "prod");
  private static final Logger log = LoggerFactory.getLogger(IssuerAndAudienceRequirement.class);

  private IssuerAndAudienceRequirement() {}

  /**
   * Checks an application's settings; an application that verifies no bearer token (no key
   * configured) always passes.
   *
   * @param config the application's configuration
   * @throws IllegalStateException naming each missing setting, or the switch refused under beta or
   *     prod
   */
  public static void check(Config config) {
    if (!verifiesTokens(config)) {
      return;
    }
    List<String> missing = new ArrayList<>();
    if (text(config, ISSUER).isEmpty()) {
      missing.add(ISSUER + " (MP_JWT_VERIFY_ISSUER)");
    }
    if (text(config, AUDIENCES).map(a -> a.replace(",", "").strip()).orElse("").isEmpty()) {
      missing.add(AUDIENCES + " (MP_JWT_VERIFY_AUDIENCES)");
    }
    if (missing.isEmpty()) {
      return;
    }
    String what = String.join(" and ", missing);
    if (!config.getOptionalValue(ANY_ISSUER_AND_AUDIENCE, Boolean.class).orElse(false)) {
      throw new IllegalStateException(
          "Bearer tokens are verified but "
              + what
              + (missing.size() == 1 ? " is" : " are")
              + " not set: the token screen would accept tokens Liberty may refuse. Set "
              + (missing.size() == 1 ? "it" : "them")
              + ", or, for a local run only, "
              + ANY_ISSUER_AND_AUDIENCE
              + "=true.");
    }
    Optional<String> profile = text(config, "mp.config.profile");
    if (profile.map(p -> FORBIDDEN_PROFILES.contains(p.toLowerCase(Locale.ROOT))).orElse(false)) {
      throw new IllegalStateException(
          ANY_ISSUER_AND_AUDIENCE
              + " is for local runs only, not profile "
              + profile.get()
              + ": set "
              + what
              + ".");
    }
    log.warn(
        "tokens of any issuer or audience are accepted: {} not set, {}=true",
        what,
        ANY_ISSUER_AND_AUDIENCE);
  }

  private static boolean verifiesTokens(Config config) {
    return text(config, "mp.jwt.verify.publickey.location").isPresent()
        || text(config, "mp.jwt.verify.publickey").isPresent();
  }

  private static Optional<String> text(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
  }
}
