package il.gov.cal.cdc.search;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.cdc.TestEnvironment;
import il.gov.cal.cdc.ops.Metrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchWriterIT {

  private final SearchHttp http = TestEnvironment.http();
  private final Metrics metrics = new Metrics();
  private final List<DeadLetter> deadLetters = new ArrayList<>();
  private final SearchWriter writer = new SearchWriter(http, metrics, deadLetters::addAll);

  @BeforeEach
  void resetIndices() throws Exception {
    TestEnvironment.resetOdsAndIndices();
    new SearchIndices(http).ensure("audit-events");
  }

  private static Map<String, Object> event(long id, String action) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id);
    doc.put("action", action);
    return doc;
  }

  @Test
  void strictMappingRefusalIsDeadLetteredWhileTheRestOfTheBatchIsWritten() throws Exception {
    Map<String, Object> unknownField = event(2, "X");
    unknownField.put("merchant_extra", "not in the mapping");

    writer.write(
        List.of(
            new SearchAction("audit-events", "1", 10, event(1, "A"), "audit_event"),
            new SearchAction("audit-events", "2", 10, unknownField, "audit_event")));

    assertThat(TestEnvironment.document("cal-audit-events", "1")).isNotNull();
    assertThat(TestEnvironment.document("cal-audit-events", "2")).isNull();
    assertThat(deadLetters)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.eventKey()).isEqualTo("2");
              assertThat(letter.reason()).contains("strict_dynamic_mapping_exception");
            });
    assertThat(metrics.deadLetters()).isEqualTo(1);
  }

  @Test
  void olderVersionNeverOverwritesNewerStateAndVersionedDeleteWins() throws Exception {
    writer.write(
        List.of(new SearchAction("audit-events", "5", 20, event(5, "NEW"), "audit_event")));
    writer.write(
        List.of(new SearchAction("audit-events", "5", 10, event(5, "OLD"), "audit_event")));
    assertThat(TestEnvironment.document("cal-audit-events", "5").path("action").asText())
        .isEqualTo("NEW");

    writer.write(List.of(new SearchAction("audit-events", "5", 30, null, "audit_event")));
    writer.write(
        List.of(new SearchAction("audit-events", "5", 20, event(5, "LATE"), "audit_event")));

    assertThat(TestEnvironment.document("cal-audit-events", "5")).isNull();
    assertThat(deadLetters).isEmpty();
  }
}
