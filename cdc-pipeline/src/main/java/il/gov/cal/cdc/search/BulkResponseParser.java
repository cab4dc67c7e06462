package il.gov.cal.cdc.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads the items of a bulk response body, in request order. */
public final class BulkResponseParser {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BulkResponseParser() {}

  /** The items of the response; an unreadable body is an {@link IOException}. */
  public static List<BulkItem> items(String body) throws IOException {
    JsonNode root = MAPPER.readTree(body);
    List<BulkItem> items = new ArrayList<>();
    for (JsonNode wrapper : root.path("items")) {
      Iterator<Map.Entry<String, JsonNode>> fields = wrapper.fields();
      if (!fields.hasNext()) {
        continue;
      }
      Map.Entry<String, JsonNode> entry = fields.next();
      JsonNode item = entry.getValue();
      JsonNode error = item.get("error");
      items.add(
          new BulkItem(
              entry.getKey(),
              item.path("_id").asText(null),
              item.path("status").asInt(0),
              error == null ? null : error.path("type").asText(null),
              error == null ? null : error.path("reason").asText(null)));
    }
    return items;
  }
}
