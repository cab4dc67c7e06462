package il.gov.cal.security.testing;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;

/** A response context for filter tests: status, headers, media type and the entity. */
public final class FakeResponse {

  public final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
  public MediaType mediaType = MediaType.APPLICATION_JSON_TYPE;
  public boolean hasEntity = true;
  public int status = 200;
  public Object entity;

  public ContainerResponseContext context() {
    return (ContainerResponseContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ContainerResponseContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getHeaders" -> headers;
                  case "getMediaType" -> mediaType;
                  case "hasEntity" -> hasEntity;
                  case "getStatus" -> status;
                  case "setEntity" -> {
                    entity = args[0];
                    mediaType = (MediaType) args[args.length - 1];
                    hasEntity = true;
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
