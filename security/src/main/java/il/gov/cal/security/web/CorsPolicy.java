package il.gov.cal.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * Which browser origins may call a service, from {@code cal.cors.allowed-origins} (a
 * comma-separated list of exact origins such as {@code https://portal.cal.gov.il}; none by default,
 * so a browser on another origin gets no CORS headers and cannot read any answer).
 *
 * <p>An allowed origin gets {@code Access-Control-Allow-Origin} with its own value (never {@code
 * *}) and {@code Vary: Origin}; its preflight is answered here with the methods and headers the
 * services accept. A preflight from any other origin is refused with 403 and no CORS header.
 * Credentials (cookies) are allowed only when {@code cal.cors.allow-credentials} is true.
 */
public final class CorsPolicy {

  static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
  static final String HEADERS = "Authorization, Content-Type, Idempotency-Key, X-Correlation-Id";
  static final String EXPOSED = "Location, Retry-After, X-Correlation-Id";
  static final String MAX_AGE = "600";

  private final Set<String> allowedOrigins;
  private final boolean allowCredentials;

  /**
   * @param allowedOrigins exact origins, scheme and host (and port when not the default)
   * @param allowCredentials whether cookies may be sent
   */
  public CorsPolicy(Set<String> allowedOrigins, boolean allowCredentials) {
    this.allowedOrigins = Set.copyOf(allowedOrigins);
    this.allowCredentials = allowCredentials;
  }

  /** The policy of an application's configuration. */
  public static CorsPolicy fromConfig(Config config) {
    Set<String> origins =
        config
            .getOptionalValue("cal.cors.allowed-origins", String.class)
            .map(list -> Stream.of(list.split(",")))
            .orElse(Stream.empty())
            .map(String::strip)
            .filter(origin -> !origin.isEmpty())
            .collect(Collectors.toSet());
    boolean credentials =
        config.getOptionalValue("cal.cors.allow-credentials", Boolean.class).orElse(false);
    return new CorsPolicy(origins, credentials);
  }

  /** The origins allowed, for documentation and tests. */
  public List<String> allowedOrigins() {
    return allowedOrigins.stream().sorted().toList();
  }

  /**
   * Adds the CORS headers a request earns and answers a preflight.
   *
   * @return {@code true} when the response is complete (a preflight), {@code false} when the
   *     request goes on to the application
   */
  public boolean apply(HttpServletRequest request, HttpServletResponse response) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    response.addHeader("Vary", "Origin");
    boolean allowed = allowedOrigins.contains(origin);
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && request.getHeader("Access-Control-Request-Method") != null;
    if (allowed) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      if (allowCredentials) {
        response.setHeader("Access-Control-Allow-Credentials", "true");
      }
    }
    if (!preflight) {
      if (allowed) {
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
      }
      return false;
    }
    if (allowed) {
      response.setHeader("Access-Control-Allow-Methods", METHODS);
      response.setHeader("Access-Control-Allow-Headers", HEADERS);
      response.setHeader("Access-Control-Max-Age", MAX_AGE);
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } else {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    }
    return true;
  }
}
