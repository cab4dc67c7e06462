package il.gov.cal.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import il.gov.cal.cdc.change.ChangeReader;
import il.gov.cal.cdc.change.RowChange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;

/** Change events recorded from a real MariaDB ({@code src/test/resources/events}), read back. */
public final class RecordedEvents {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordedEvents() {}

  /** The row change recorded in {@code events/<name>.json}. */
  public static RowChange load(String name) throws IOException {
    try (InputStream in = RecordedEvents.class.getResourceAsStream("/events/" + name + ".json")) {
      JsonNode root = MAPPER.readTree(in);
      return read(root.get("key").toString(), root.get("value").toString());
    }
  }

  /** Reads a Debezium JSON key and value (with schemas) into a row change. */
  public static RowChange read(String key, String value) {
    JsonConverter keys = new JsonConverter();
    keys.configure(Map.of("schemas.enable", "true"), true);
    JsonConverter values = new JsonConverter();
    values.configure(Map.of("schemas.enable", "true"), false);
    SchemaAndValue k = keys.toConnectData("t", key.getBytes(StandardCharsets.UTF_8));
    SchemaAndValue v = values.toConnectData("t", value.getBytes(StandardCharsets.UTF_8));
    return ChangeReader.read((Struct) k.value(), (Struct) v.value()).orElseThrow();
  }
}
