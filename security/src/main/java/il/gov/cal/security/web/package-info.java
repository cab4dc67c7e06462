/**
 * The HTTP edge every service shares: correlation ids, security headers and rate limits, as Jakarta
 * REST filters.
 *
 * <p>Guarantees: every response carries an {@code X-Correlation-Id} (the caller's when it is valid,
 * a new one otherwise) and the security headers; every request is counted against a token bucket
 * per client and endpoint class before its resource runs, and an exhausted bucket is answered with
 * 429, {@code Retry-After} and a problem body. The bucket map is bounded.
 *
 * <p>Wiring: the filters are plain {@code @Provider} classes, discovered by annotation scanning of
 * {@code WEB-INF/lib}, or listed through {@link il.gov.cal.security.web.SecurityProviders}.
 *
 * <p>Limitations: limits are per server instance, not shared across a cluster (n instances let
 * through up to n times the configured rate; the load balancer's own limits sit in front). The
 * filters see only requests that reach Jakarta REST: static resources and requests refused by
 * MicroProfile JWT before that get neither correlation id nor rate limit. Behind a load balancer,
 * the client's address is taken from {@code X-Forwarded-For} only when {@value
 * il.gov.cal.security.web.RateLimitSettings#TRUST_FORWARDED_FOR} is set.
 */
package il.gov.cal.security.web;
