package il.gov.cal.cdc.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import il.gov.cal.cdc.RecordedEvents;
import il.gov.cal.cdc.search.SearchIndices;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingConformityTest {

  @ParameterizedTest
  @CsvSource({
    "card_transaction-r-5, card_transaction",
    "card-r-3, card",
    "cardholder-r-2, cardholder",
    "unit-r-1, unit",
    "budget-r-4, budget"
  })
  void everyDocumentFieldIsDeclaredInTheStrictMapping(String event, String table) throws Exception {
    Projection projection = new Router(false).route(table).orElseThrow();
    Map<String, Object> doc =
        projection.document(projection.odsRow(RecordedEvents.load(event)), StubReferences.core());
    JsonNode properties =
        SearchIndices.mappingTree(projection.index()).path("mappings").path("properties");
    assertThat(
            SearchIndices.mappingTree(projection.index()).path("mappings").path("dynamic").asText())
        .isEqualTo("strict");
    for (String field : doc.keySet()) {
      assertThat(properties.has(field)).as("field %s of %s", field, table).isTrue();
    }
  }
}
