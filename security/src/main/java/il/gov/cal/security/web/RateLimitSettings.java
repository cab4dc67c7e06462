package il.gov.cal.security.web;

import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Rate-limit configuration, from MicroProfile Config.
 *
 * <ul>
 *   <li>{@code cal.ratelimit.session.per-minute}, {@code .otp.}, {@code .pin.}, {@code .default.}:
 *       requests per client per minute for each {@link EndpointClass} (defaults 20, 5, 3, 300).
 *   <li>{@value #MAX_CLIENTS}: how many client buckets are kept at most (default 100000).
 *   <li>{@value #TRUST_FORWARDED_FOR}: take the client address from the last {@code
 *       X-Forwarded-For} entry, which is the one the load balancer added (default false; set it
 *       only behind a load balancer that always sets the header).
 *   <li>{@value #ENABLED}: switch limits off, for load tests only (default true).
 * </ul>
 *
 * @param perMinute the limit of each endpoint class
 * @param maxClients the bound on kept buckets
 * @param trustForwardedFor whether to read the client address from {@code X-Forwarded-For}
 * @param enabled whether limits apply
 */
public record RateLimitSettings(
    Map<EndpointClass, Integer> perMinute,
    int maxClients,
    boolean trustForwardedFor,
    boolean enabled) {

  /** Config key: the bound on kept buckets. */
  public static final String MAX_CLIENTS = "cal.ratelimit.max-clients";

  /** Config key: whether to trust {@code X-Forwarded-For}. */
  public static final String TRUST_FORWARDED_FOR = "cal.ratelimit.trust-forwarded-for";

  /** Config key: whether limits apply. */
  public static final String ENABLED = "cal.ratelimit.enabled";

  /** Validates and copies. */
  public RateLimitSettings {
    Map<EndpointClass, Integer> complete = new EnumMap<>(EndpointClass.class);
    for (EndpointClass endpoint : EndpointClass.values()) {
      int limit = perMinute.getOrDefault(endpoint, endpoint.defaultPerMinute());
      if (limit < 1) {
        throw new IllegalArgumentException(endpoint.configKey() + " must be at least 1");
      }
      complete.put(endpoint, limit);
    }
    perMinute = Map.copyOf(complete);
    if (maxClients < 100) {
      throw new IllegalArgumentException(MAX_CLIENTS + " must be at least 100");
    }
  }

  /**
   * The defaults: meant for local use, and a reasonable start elsewhere.
   *
   * @return the default settings
   */
  public static RateLimitSettings defaults() {
    return new RateLimitSettings(Map.of(), 100_000, false, true);
  }

  /**
   * Reads the settings.
   *
   * @param config the configuration
   * @return the settings, with defaults for absent keys
   */
  public static RateLimitSettings fromConfig(Config config) {
    Map<EndpointClass, Integer> perMinute = new EnumMap<>(EndpointClass.class);
    for (EndpointClass endpoint : EndpointClass.values()) {
      config
          .getOptionalValue(endpoint.configKey(), Integer.class)
          .ifPresent(limit -> perMinute.put(endpoint, limit));
    }
    return new RateLimitSettings(
        perMinute,
        config.getOptionalValue(MAX_CLIENTS, Integer.class).orElse(100_000),
        config.getOptionalValue(TRUST_FORWARDED_FOR, Boolean.class).orElse(false),
        config.getOptionalValue(ENABLED, Boolean.class).orElse(true));
  }

  /**
   * The limit of an endpoint class.
   *
   * @param endpoint the endpoint class
   * @return requests per client per minute
   */
  public int perMinute(EndpointClass endpoint) {
    return perMinute.get(endpoint);
  }
}
