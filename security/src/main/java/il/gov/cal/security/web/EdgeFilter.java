package il.gov.cal.security.web;

import il.gov.cal.security.audit.AuditTrail;
import il.gov.cal.security.audit.DenialAudit;
import il.gov.cal.security.audit.JdbcAuditTrail;
import il.gov.cal.security.correlation.CorrelationId;
import il.gov.cal.security.identity.BearerTokenScreen;
import il.gov.cal.security.identity.BearerTokenScreen.Rejection;
import il.gov.cal.security.identity.IssuerAndAudienceRequirement;
import il.gov.cal.security.problem.Problem;
import il.gov.cal.security.problem.Unauthenticated;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first servlet filter of every web application that carries this library (registered by the
 * jar's {@code META-INF/web-fragment.xml}, ordered before all others). Per request, in order:
 *
 * <ol>
 *   <li>the correlation id, taken or made, bound to the MDC and echoed on the response;
 *   <li>CORS ({@link CorsPolicy}), a preflight answered here;
 *   <li>the bearer token screen ({@link BearerTokenScreen}): a token that would fail verification
 *       is answered with 401 here, before Liberty's verifier sees it, and recorded; a forged,
 *       altered or unsigned one past {@link EndpointClass#REFUSED_TOKEN}'s allowance per client
 *       address is answered 429 and not recorded, so that a flood of bad tokens cannot flood the
 *       audit table (an expired token never counts); one that passes is handed to Liberty at once
 *       ({@code HttpServletRequest.authenticate}), so the caller is known to every later filter;
 *   <li>the application;
 *   <li>every 401 and 403 answer recorded as a security event ({@link DenialAudit}).
 * </ol>
 *
 * <p>The screen comes before Liberty's verifier only because the servers do not authenticate before
 * the filters ({@code <webAppSecurity useAuthenticationDataForUnprotectedResource="false"/>} in
 * each server.xml): Liberty then verifies a token only when this filter asks it to, or when Jakarta
 * REST checks {@code @RolesAllowed}.
 *
 * <p>Settings: {@code cal.audit.datasource} (JNDI name of the data source holding {@code
 * audit_event}; default {@code jdbc/core}; when it cannot be found, denials are logged only) and
 * those of {@link CorsPolicy} and MicroProfile JWT, whose issuer and audience must be set when a
 * key is ({@link IssuerAndAudienceRequirement}, checked at start-up and again here).
 */
public class EdgeFilter extends HttpFilter {

  private static final Logger log = LoggerFactory.getLogger(EdgeFilter.class);

  private transient CorsPolicy cors;
  private transient Optional<BearerTokenScreen> screen;
  private transient DenialAudit denials;
  private transient RateLimiter refusals;
  private transient boolean trustForwardedFor;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig(getServletContext().getClassLoader());
    cors = CorsPolicy.fromConfig(config);
    IssuerAndAudienceRequirement.check(config);
    screen = BearerTokenScreen.fromConfig(config);
    denials = new DenialAudit(auditTrail(config));
    RateLimitSettings limits = RateLimitSettings.fromConfig(config);
    refusals = new RateLimiter(limits);
    trustForwardedFor = limits.trustForwardedFor();
  }

  /** For tests: the filter with its parts given. */
  void init(
      CorsPolicy cors,
      Optional<BearerTokenScreen> screen,
      DenialAudit denials,
      RateLimiter refusals) {
    this.cors = cors;
    this.screen = screen;
    this.denials = denials;
    this.refusals = refusals;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = CorrelationId.acceptOrGenerate(request.getHeader(CorrelationId.HEADER));
    request.setAttribute(CorrelationIdFilter.PROPERTY, id);
    response.setHeader(CorrelationId.HEADER, id);
    CorrelationId.bind(id);
    try {
      if (cors.apply(request, response)) {
        return;
      }
      Optional<String> token = bearerToken(request).filter(t -> screen.isPresent());
      if (token.isPresent()) {
        Optional<Rejection> rejection = screen.get().check(token.get());
        if (rejection.isPresent()) {
          RateLimiter.Decision decision =
              limited(rejection.get())
                  ? refusals.tryAcquire(
                      EndpointClass.REFUSED_TOKEN,
                      RateLimitFilter.addressKey(
                          request.getRemoteAddr(),
                          request.getHeader("X-Forwarded-For"),
                          trustForwardedFor))
                  : RateLimiter.Decision.ALLOWED;
          if (decision.allowed()) {
            denials.tokenRejected(request, rejection.get());
            refuse(request, response, rejection.get(), id);
          } else {
            tooMany(request, response, decision.retryAfterSeconds(), id);
          }
          return;
        }
        // Liberty verifies the screened token now, so that the caller is known to everything
        // that follows, as it would be had Liberty authenticated before the filters.
        if (!authenticated(request, response)) {
          denials.answered(request, HttpServletResponse.SC_UNAUTHORIZED);
          if (!response.isCommitted()) {
            response.resetBuffer();
            notAccepted(request, response, id);
          }
          return;
        }
      }
      chain.doFilter(request, response);
      int status = response.getStatus();
      if (status == HttpServletResponse.SC_UNAUTHORIZED
          || status == HttpServletResponse.SC_FORBIDDEN) {
        CorrelationId.bind(id); // Jakarta REST unbinds it when its response is written
        denials.answered(request, status);
      }
    } finally {
      CorrelationId.unbind();
    }
  }

  /**
   * Whether a refusal counts against the client's allowance: forged, altered or unsigned tokens do;
   * an expired token (which a client answers by fetching a new one) and keys that cannot be read
   * (no fault of the client's) never do.
   */
  private static boolean limited(Rejection rejection) {
    return rejection != Rejection.EXPIRED && rejection != Rejection.KEYS_UNAVAILABLE;
  }

  /**
   * Liberty's verdict on a screened token; a failure it throws is a refusal like any other, and
   * either is answered with the screen's own 401 problem.
   */
  private static boolean authenticated(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      return request.authenticate(response);
    } catch (ServletException e) {
      log.warn("the server refused a screened token error={}", e.getClass().getSimpleName());
      return false;
    }
  }

  /** The token of an {@code Authorization: Bearer} header, when there is one. */
  static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(7).strip());
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, Rejection rejection, String id)
      throws IOException {
    if (rejection != Rejection.KEYS_UNAVAILABLE) {
      notAccepted(request, response, id);
      return;
    }
    Problem problem =
        Problem.of(
                503,
                "identity-keys-unavailable",
                "Service Unavailable",
                "The keys that verify bearer tokens cannot be read.")
            .withInstance(request.getRequestURI())
            .withCorrelationId(id);
    write(response, 503, problem);
  }

  /** The 401 problem, with its bearer challenge, for a token that was sent and is refused. */
  private static void notAccepted(
      HttpServletRequest request, HttpServletResponse response, String id) throws IOException {
    Problem problem =
        Problem.of(401, "unauthorized", "Unauthorized", "The bearer token is not accepted.")
            .withInstance(request.getRequestURI())
            .withCorrelationId(id);
    response.setHeader("WWW-Authenticate", Unauthenticated.CHALLENGE);
    write(response, HttpServletResponse.SC_UNAUTHORIZED, problem);
  }

  private static void write(HttpServletResponse response, int status, Problem problem)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentType(Problem.MEDIA_TYPE);
    byte[] body = problem.toJson().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void tooMany(
      HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds, String id)
      throws IOException {
    Problem problem =
        Problem.of(
                429,
                "rate-limited",
                "Too many requests",
                "Too many refused bearer tokens. Retry after " + retryAfterSeconds + " seconds.")
            .withInstance(request.getRequestURI())
            .withCorrelationId(id);
    response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
    response.setHeader("WWW-Authenticate", Unauthenticated.CHALLENGE);
    write(response, 429, problem);
  }

  private static Optional<AuditTrail> auditTrail(Config config) {
    String name = config.getOptionalValue("cal.audit.datasource", String.class).orElse("jdbc/core");
    try {
      DataSource dataSource = InitialContext.doLookup(name);
      return Optional.of(new JdbcAuditTrail(dataSource));
    } catch (NamingException | ClassCastException e) {
      log.info("denials are logged only: no audit data source name={}", name);
      return Optional.empty();
    }
  }
}
