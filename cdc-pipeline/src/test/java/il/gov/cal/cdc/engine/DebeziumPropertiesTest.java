package il.gov.cal.cdc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.cdc.config.PipelineConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.source.SourceConnector;
import org.junit.jupiter.api.Test;

/**
 * The engine properties each source kind builds, checked against the connector's own validation. No
 * MySQL server runs in these tests: the connector validates every property, then fails only to
 * connect to a port where nothing listens.
 */
class DebeziumPropertiesTest {

  @Test
  void mysqlSourceKindBuildsTheMysqlConnectorWithTheSameSafeguards() {
    Properties p = DebeziumProperties.of(config("mysql", "file"));

    assertThat(p.getProperty("connector.class"))
        .isEqualTo("io.debezium.connector.mysql.MySqlConnector");
    assertThat(p.getProperty("column.exclude.list"))
        .isEqualTo(
            "cal_core.cardholder.national_id_enc,cal_core.cardholder.national_id_idx,"
                + "cal_core.cardholder.email_enc,cal_core.cardholder.phone_enc,"
                + "cal_core.card.issuer_token_idx,cal_core.card.issuer_token_enc,"
                + "cal_core.card.issuer_token");
    assertThat(p.getProperty("table.include.list"))
        .isEqualTo("cal_core.card,cal_core.card_transaction,cal_core.debezium_signal");
    assertThat(p)
        .containsEntry("decimal.handling.mode", "precise")
        .containsEntry("provide.transaction.metadata", "true")
        .containsEntry("signal.data.collection", "cal_core.debezium_signal")
        .containsEntry("database.server.id", "5401")
        .containsEntry("offset.storage", "org.apache.kafka.connect.storage.FileOffsetBackingStore");
  }

  @Test
  void mariadbIsTheDefaultConnector() {
    Properties p = DebeziumProperties.of(config("mariadb", "file"));

    assertThat(p.getProperty("connector.class"))
        .isEqualTo("io.debezium.connector.mariadb.MariaDbConnector");
  }

  @Test
  void mysqlConnectorAcceptsEveryPropertyAndFailsOnlyToConnect() throws Exception {
    Map<String, List<String>> errors = validationErrors(config("mysql", "jdbc"));

    assertThat(errors).containsOnlyKeys("database.hostname");
  }

  @Test
  void mariadbConnectorAcceptsEveryPropertyAndFailsOnlyToConnect() throws Exception {
    Map<String, List<String>> errors = validationErrors(config("mariadb", "jdbc"));

    assertThat(errors).containsOnlyKeys("database.hostname");
  }

  @Test
  void debeziumOverridesComeLast() {
    Properties system = settings("mysql", "file");
    system.setProperty("debezium.snapshot.mode", "no_data");
    system.setProperty("debezium.max.batch.size", "512");

    Properties p = DebeziumProperties.of(PipelineConfig.from(system, Map.of()));

    assertThat(p).containsEntry("snapshot.mode", "no_data").containsEntry("max.batch.size", "512");
  }

  private static Map<String, List<String>> validationErrors(PipelineConfig config)
      throws Exception {
    Properties p = DebeziumProperties.of(config);
    Map<String, String> values = new HashMap<>();
    p.stringPropertyNames().forEach(name -> values.put(name, p.getProperty(name)));
    SourceConnector connector =
        (SourceConnector)
            Class.forName(config.sourceKind().connectorClass())
                .getDeclaredConstructor()
                .newInstance();
    Map<String, List<String>> errors = new HashMap<>();
    for (ConfigValue value : connector.validate(values).configValues()) {
      if (!value.errorMessages().isEmpty()) {
        errors.put(value.name(), value.errorMessages());
      }
    }
    return errors;
  }

  private static PipelineConfig config(String kind, String store) {
    return PipelineConfig.from(settings(kind, store), Map.of());
  }

  private static Properties settings(String kind, String store) {
    Properties system = new Properties();
    system.setProperty("cal.cdc.source.kind", kind);
    system.setProperty("cal.cdc.state.store", store);
    system.setProperty("cal.cdc.db.port", Integer.toString(unusedPort()));
    system.setProperty("cal.cdc.tables", "card,card_transaction");
    return system;
  }

  private static int unusedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
