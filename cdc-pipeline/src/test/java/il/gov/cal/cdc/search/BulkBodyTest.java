package il.gov.cal.cdc.search;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.cdc.change.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BulkBodyTest {

  @Test
  void writesOneVersionedActionLineAndOneDocumentLinePerIndexAndOnlyTheActionForADelete() {
    Map<String, Object> merchant = new LinkedHashMap<>();
    merchant.put("name", "Café \"Zion\"\n");
    merchant.put("city", null);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("id", 7L);
    document.put("merchant", merchant);
    document.put("unit_path_ids", List.of(1L, 4L));
    document.put("json", CanonicalJson.parse("{\"b\":1,\"a\":9007199254740993}"));

    BulkBody body =
        BulkBody.of(
            List.of(
                new BulkTarget(
                    new SearchAction("transactions", "7", 42, document, "card_transaction"),
                    "cal-transactions"),
                new BulkTarget(
                    new SearchAction("transactions", "8", 43, null, "card_transaction"),
                    "cal-transactions-v2")));

    assertThat(new String(body.bytes(), 0, body.length(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"index\":{\"_index\":\"cal-transactions\",\"_id\":\"7\",\"version\":42,"
                + "\"version_type\":\"external_gte\"}}\n"
                + CanonicalJson.write(document)
                + "\n"
                + "{\"delete\":{\"_index\":\"cal-transactions-v2\",\"_id\":\"8\",\"version\":43,"
                + "\"version_type\":\"external_gte\"}}\n");
    assertThat(CanonicalJson.write(document))
        .isEqualTo(
            "{\"id\":7,\"merchant\":{\"name\":\"Café \\\"Zion\\\"\\n\",\"city\":null},"
                + "\"unit_path_ids\":[1,4],\"json\":{\"a\":9007199254740993,\"b\":1}}");
  }
}
