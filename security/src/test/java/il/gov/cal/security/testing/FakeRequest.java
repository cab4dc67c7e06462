package il.gov.cal.security.testing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

/** A request context for filter tests: headers, properties, a principal, and the aborted answer. */
public final class FakeRequest {

  public final Map<String, String> headers = new HashMap<>();
  public final Map<String, Object> properties = new HashMap<>();
  public Principal principal;
  public Response aborted;
  public String path = "/core/cards";

  public ContainerRequestContext context() {
    SecurityContext security =
        (SecurityContext)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {SecurityContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getUserPrincipal" -> principal;
                      case "isSecure" -> true;
                      case "isUserInRole" -> false;
                      default -> null;
                    });
    UriInfo uriInfo =
        (UriInfo)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) ->
                    method.getName().equals("getRequestUri")
                        ? URI.create("https://cal.example" + path)
                        : null);
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getHeaderString" -> headers.get((String) args[0]);
                  case "getProperty" -> properties.get((String) args[0]);
                  case "setProperty" -> properties.put((String) args[0], args[1]);
                  case "getSecurityContext" -> security;
                  case "getUriInfo" -> uriInfo;
                  case "abortWith" -> {
                    aborted = (Response) args[0];
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
