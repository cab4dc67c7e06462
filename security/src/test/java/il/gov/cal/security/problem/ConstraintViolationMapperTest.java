package il.gov.cal.security.problem;

import static il.gov.cal.security.problem.Responses.body;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintViolationMapperTest {

  private final ConstraintViolationMapper mapper = new ConstraintViolationMapper();

  @Test
  void eachViolationBecomesAFieldErrorNamedByItsPathBelowTheParameter() {
    Response response =
        mapper.toResponse(
            violations(
                violation(
                    "must not be blank",
                    node(ElementKind.METHOD, "create", null),
                    node(ElementKind.PARAMETER, "request", null),
                    node(ElementKind.PROPERTY, "name", null)),
                violation(
                    "must be positive",
                    node(ElementKind.METHOD, "create", null),
                    node(ElementKind.PARAMETER, "request", null),
                    node(ElementKind.PROPERTY, "lines", null),
                    node(ElementKind.PROPERTY, "amount", 2))));

    JsonObject body = body(response);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body.getString("code")).isEqualTo("validation");
    assertThat(body.getString("detail")).isEqualTo("2 fields are invalid.");
    assertThat(body.getJsonArray("errors").toString())
        .isEqualTo(
            "[{\"field\":\"lines.amount[2]\",\"reason\":\"must be positive\"},"
                + "{\"field\":\"name\",\"reason\":\"must not be blank\"}]");
  }

  @Test
  void anInvalidParameterIsNamedByTheParameter() {
    Response response =
        mapper.toResponse(
            violations(
                violation(
                    "must match \"[0-9]+\"",
                    node(ElementKind.METHOD, "find", null),
                    node(ElementKind.PARAMETER, "cardId", null))));

    assertThat(body(response).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("cardId");
  }

  @Test
  void aViolationOfAReturnValueIsAServerError() {
    Response response =
        mapper.toResponse(
            violations(
                violation(
                    "must not be null",
                    node(ElementKind.METHOD, "find", null),
                    node(ElementKind.RETURN_VALUE, "<return value>", null))));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(body(response).getString("code")).isEqualTo("internal-error");
  }

  @SafeVarargs
  private static ConstraintViolationException violations(ConstraintViolation<Object>... all) {
    return new ConstraintViolationException(new LinkedHashSet<>(List.of(all)));
  }

  @SuppressWarnings("unchecked")
  private static ConstraintViolation<Object> violation(String message, Path.Node... nodes) {
    Path path = new FakePath(List.of(nodes));
    return (ConstraintViolation<Object>)
        Proxy.newProxyInstance(
            ConstraintViolationMapperTest.class.getClassLoader(),
            new Class<?>[] {ConstraintViolation.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMessage" -> message;
                  case "getPropertyPath" -> path;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> null;
                });
  }

  private static Path.Node node(ElementKind kind, String name, Integer index) {
    return (Path.Node)
        Proxy.newProxyInstance(
            ConstraintViolationMapperTest.class.getClassLoader(),
            new Class<?>[] {Path.Node.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getKind" -> kind;
                  case "getName" -> name;
                  case "getIndex" -> index;
                  case "toString" -> name;
                  default -> null;
                });
  }

  private record FakePath(List<Path.Node> nodes) implements Path {
    @Override
    public Iterator<Node> iterator() {
      return new ArrayList<>(nodes).iterator();
    }
  }
}
