package il.gov.cal.cdc.change;

import il.gov.cal.cdc.CoreData;
import il.gov.cal.cdc.TestEnvironment;
import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.engine.DebeziumProperties;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Records real change events from the core schema into {@code src/test/resources/events}, as
 * Debezium JSON (schema and payload) that the mapper tests read back. Run by hand when the core
 * schema changes: {@code java -cp <test classpath> il.gov.cal.cdc.change.CaptureChangeEvents}.
 */
public final class CaptureChangeEvents {

  private CaptureChangeEvents() {}

  public static void main(String[] args) throws Exception {
    TestEnvironment.resetAll();
    CoreData.seed();
    TestEnvironment.sql("cal_core", CoreData.transaction(1, 12345));
    Path out = Path.of("src/test/resources/events");
    Files.createDirectories(out);
    JsonConverter converter = new JsonConverter();
    converter.configure(Map.of("schemas.enable", "true"), false);
    JsonConverter keys = new JsonConverter();
    keys.configure(Map.of("schemas.enable", "true"), true);
    PipelineConfig config = TestEnvironment.coreConfig();
    int[] counter = {0};
    DebeziumEngine<RecordChangeEvent<SourceRecord>> engine =
        DebeziumEngine.create(ChangeEventFormat.of(io.debezium.embedded.Connect.class))
            .using(DebeziumProperties.of(config))
            .notifying(
                event -> {
                  SourceRecord r = event.record();
                  if (r.value() == null
                      || r.topic().endsWith("debezium_signal")
                      || r.valueSchema().field("op") == null) {
                    return;
                  }
                  String table = r.topic().substring(r.topic().lastIndexOf('.') + 1);
                  String op = ((org.apache.kafka.connect.data.Struct) r.value()).getString("op");
                  String name = table + "-" + op + "-" + (counter[0]++) + ".json";
                  String key =
                      new String(
                          keys.fromConnectData(r.topic(), r.keySchema(), r.key()),
                          StandardCharsets.UTF_8);
                  String value =
                      new String(
                          converter.fromConnectData(r.topic(), r.valueSchema(), r.value()),
                          StandardCharsets.UTF_8);
                  try {
                    Files.writeString(
                        out.resolve(name), "{\"key\":" + key + ",\"value\":" + value + "}\n");
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .build();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    executor.submit(engine);
    Thread.sleep(8_000);
    TestEnvironment.sql(
        "cal_core",
        "START TRANSACTION",
        CoreData.transaction(2, -2000),
        "UPDATE card_transaction SET status = 'SETTLED' WHERE id = 1",
        "UPDATE cardholder SET last_name = 'Cohen' WHERE id = 1",
        "COMMIT",
        "DELETE FROM card_transaction WHERE id = 2");
    Thread.sleep(4_000);
    engine.close();
    executor.shutdown();
    executor.awaitTermination(10, TimeUnit.SECONDS);
    System.exit(0);
  }
}
