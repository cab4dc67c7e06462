package il.gov.cal.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the server publishes for the core says what a client must send: the query
 * parameters an operation cannot do without, and the request bodies, are marked required.
 */
class OpenApiDocumentIT {

  private static JsonObject paths;

  @BeforeAll
  static void document() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(RunningCore.server().baseUrl() + "/openapi?format=JSON"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    paths =
        Json.createReader(new StringReader(response.body())).readObject().getJsonObject("paths");
  }

  @Test
  void theUnitOfABudgetListIsARequiredParameter() {
    JsonObject unitId = parameter(operation("/budgets", "get"), "unitId");

    assertThat(unitId.getString("in")).isEqualTo("query");
    assertThat(unitId.getBoolean("required", false)).isTrue();
  }

  @Test
  void theOptionalFiltersAndPagingParametersAreNotRequired() {
    for (String path : List.of("/cards", "/cardholders", "/transactions", "/organisations")) {
      for (JsonObject parameter : parameters(operation(path, "get"))) {
        assertThat(parameter.getBoolean("required", false))
            .as(path + " " + parameter.getString("name"))
            .isFalse();
      }
    }
  }

  @Test
  void everyRequestBodyIsRequired() {
    List<String> optional = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        if (operation.getValue() instanceof JsonObject op
            && op.containsKey("requestBody")
            && !op.getJsonObject("requestBody").getBoolean("required", false)) {
          optional.add(operation.getKey() + " " + path.getKey());
        }
      }
    }

    assertThat(optional).isEmpty();
    assertThat(operation("/units", "post").getJsonObject("requestBody")).isNotNull();
  }

  @Test
  void theOrganisationListIsDocumentedWithItsPagingAndAnExample() {
    JsonObject list = operation("/organisations", "get");

    assertThat(parameters(list))
        .extracting(p -> p.getString("name"))
        .containsExactlyInAnyOrder("limit", "cursor");
    JsonObject ok = list.getJsonObject("responses").getJsonObject("200");
    String example =
        ok.getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("examples")
            .getJsonObject("platform administrator")
            .get("value")
            .toString();
    assertThat(example).contains("\"items\"").contains("\"next\"");
    assertThat(list.getJsonObject("responses").keySet()).contains("200", "400", "403");
  }

  /** An operation of a core path, written with or without the context root. */
  private static JsonObject operation(String path, String method) {
    JsonObject item =
        paths.containsKey("/core" + path)
            ? paths.getJsonObject("/core" + path)
            : paths.getJsonObject(path);
    assertThat(item).as(path + " in " + paths.keySet()).isNotNull();
    assertThat(item.getJsonObject(method)).as(method + " " + path).isNotNull();
    return item.getJsonObject(method);
  }

  private static List<JsonObject> parameters(JsonObject operation) {
    return operation.containsKey("parameters")
        ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class)
        : List.of();
  }

  private static JsonObject parameter(JsonObject operation, String name) {
    return parameters(operation).stream()
        .filter(p -> p.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no parameter " + name + " in " + operation));
  }
}
