package il.gov.cal.security.web;

import il.gov.cal.security.problem.Problem;
import il.gov.cal.security.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import org.eclipse.microprofile.config.ConfigProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link RateLimiter} to each request once its resource method is known: the client is
 * the token's subject when authenticated, otherwise the remote address; the endpoint class is that
 * of {@link RateLimited} on the method or its class, else {@link EndpointClass#DEFAULT}. A refused
 * request is answered with 429, {@code Retry-After} and a problem body.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class RateLimitFilter implements ContainerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);

  @Context ResourceInfo resourceInfo;
  @Context HttpServletRequest servletRequest;

  private final RateLimiter limiter;
  private final boolean trustForwardedFor;

  /** A filter configured from MicroProfile Config, see {@link RateLimitSettings}. */
  public RateLimitFilter() {
    this(RateLimitSettings.fromConfig(ConfigProvider.getConfig()));
  }

  private RateLimitFilter(RateLimitSettings settings) {
    this(new RateLimiter(settings), settings.trustForwardedFor());
  }

  /**
   * A filter over a given limiter.
   *
   * @param limiter the limiter
   * @param trustForwardedFor whether to take the client address from {@code X-Forwarded-For}
   */
  public RateLimitFilter(RateLimiter limiter, boolean trustForwardedFor) {
    this.limiter = limiter;
    this.trustForwardedFor = trustForwardedFor;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    EndpointClass endpoint = endpointClass();
    RateLimiter.Decision decision = limiter.tryAcquire(endpoint, clientKey(request));
    if (decision.allowed()) {
      return;
    }
    LOG.info("Rate limit reached endpointClass={}", endpoint);
    request.abortWith(
        ProblemResponses.builder(
                Problem.of(
                        429,
                        "rate-limited",
                        "Too many requests",
                        "Too many requests of this kind. Retry after "
                            + decision.retryAfterSeconds()
                            + " seconds.")
                    .withInstance(request.getUriInfo().getRequestUri().getRawPath()))
            .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
            .build());
  }

  EndpointClass endpointClass() {
    if (resourceInfo == null) {
      return EndpointClass.DEFAULT;
    }
    Method method = resourceInfo.getResourceMethod();
    if (method != null && method.isAnnotationPresent(RateLimited.class)) {
      return method.getAnnotation(RateLimited.class).value();
    }
    Class<?> type = resourceInfo.getResourceClass();
    if (type != null && type.isAnnotationPresent(RateLimited.class)) {
      return type.getAnnotation(RateLimited.class).value();
    }
    return EndpointClass.DEFAULT;
  }

  String clientKey(ContainerRequestContext request) {
    Principal principal =
        request.getSecurityContext() == null
            ? null
            : request.getSecurityContext().getUserPrincipal();
    if (principal != null && principal.getName() != null) {
      return "sub:" + principal.getName();
    }
    return addressKey(
        servletRequest == null ? null : servletRequest.getRemoteAddr(),
        request.getHeaderString("X-Forwarded-For"),
        trustForwardedFor);
  }

  /**
   * The key of a client known by its address only: the last hop of {@code X-Forwarded-For} when
   * that header is trusted (the address the load balancer saw), else the connection's address.
   */
  static String addressKey(String remoteAddress, String forwardedFor, boolean trustForwardedFor) {
    if (trustForwardedFor && forwardedFor != null && !forwardedFor.isBlank()) {
      String[] hops = forwardedFor.split(",");
      return "ip:" + hops[hops.length - 1].strip();
    }
    return "ip:" + (remoteAddress == null ? "unknown" : remoteAddress);
  }
}
