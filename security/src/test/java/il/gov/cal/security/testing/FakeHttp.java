package il.gov.cal.security.testing;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A servlet request and response for filter tests: headers in, status, headers and body out. */
public final class FakeHttp {

  public final Map<String, String> requestHeaders = new HashMap<>();
  public final Map<String, Object> attributes = new HashMap<>();
  public final Map<String, String> responseHeaders = new LinkedHashMap<>();
  public final ByteArrayOutputStream body = new ByteArrayOutputStream();
  public String method = "GET";
  public String uri = "/core/units";
  public Principal principal;
  public int status = 200;
  public boolean authenticates = true;
  public int authentications;

  public String body() {
    return body.toString(StandardCharsets.UTF_8);
  }

  public HttpServletRequest request() {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getHeader" -> requestHeaders.get((String) args[0]);
                  case "getMethod" -> method;
                  case "getRequestURI" -> uri;
                  case "getRemoteAddr" -> "192.0.2.10";
                  case "getContextPath" -> "/" + uri.split("/")[1];
                  case "getUserPrincipal" -> principal;
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "authenticate" -> {
                    authentications++;
                    yield authenticates;
                  }
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }

  public HttpServletResponse response() {
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "setHeader", "addHeader" -> {
                    responseHeaders.merge(
                        (String) args[0],
                        (String) args[1],
                        m.getName().equals("addHeader") ? (a, b) -> a + ", " + b : (a, b) -> b);
                    yield null;
                  }
                  case "setStatus" -> {
                    status = (Integer) args[0];
                    yield null;
                  }
                  case "getStatus" -> status;
                  case "setContentType" -> responseHeaders.put("Content-Type", (String) args[0]);
                  case "setContentLength" -> null;
                  case "getOutputStream" -> out;
                  case "isCommitted" -> false;
                  case "resetBuffer" -> {
                    body.reset();
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }
}
