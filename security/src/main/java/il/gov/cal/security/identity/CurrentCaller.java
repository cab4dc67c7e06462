package il.gov.cal.security.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, for injection: {@code @Inject CurrentCaller caller;} then
 * {@code caller.get()}. Being request-scoped, it is safe to inject into beans of any scope; the
 * {@link CallerContext} is built once per request from the token MicroProfile JWT verified.
 *
 * <p>It also produces {@link CallerContext} itself for injection into request-scoped beans such as
 * JAX-RS resources. Do not inject {@code CallerContext} into application-scoped beans: the value
 * would be the first request's. Inject this class there instead.
 */
@RequestScoped
public class CurrentCaller {

  private Instance<JsonWebToken> token;
  private CallerContext context;

  /** For CDI proxies only. */
  protected CurrentCaller() {}

  /**
   * The caller of the current request.
   *
   * @param token the request's token, as MicroProfile JWT provides it
   */
  @Inject
  public CurrentCaller(Instance<JsonWebToken> token) {
    this.token = token;
  }

  /**
   * The authenticated caller.
   *
   * @return the caller
   * @throws NotAuthorizedException (401) when the request carries no verified token
   */
  public CallerContext get() {
    return find().orElseThrow(() -> new NotAuthorizedException("Bearer"));
  }

  /**
   * The caller, when the request is authenticated.
   *
   * @return the caller, or empty for an anonymous request
   */
  public Optional<CallerContext> find() {
    if (context == null && token.isResolvable()) {
      JsonWebToken jwt = token.get();
      if (jwt != null && jwt.getRawToken() != null) {
        context = CallerContext.from(jwt);
      }
    }
    return Optional.ofNullable(context);
  }

  /**
   * The authenticated caller, for injection into request-scoped beans.
   *
   * @return the caller
   * @throws NotAuthorizedException (401) when the request carries no verified token
   */
  @Produces
  public CallerContext produce() {
    return get();
  }
}
