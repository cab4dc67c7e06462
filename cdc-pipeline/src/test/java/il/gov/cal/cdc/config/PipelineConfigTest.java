package il.gov.cal.cdc.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PipelineConfigTest {

  @Test
  void defaultsAreLocal() {
    PipelineConfig config = PipelineConfig.from(new Properties(), Map.of());
    assertThat(config.sourceKind()).isEqualTo(SourceKind.MARIADB);
    assertThat(config.databases()).containsExactly("cal_core");
    assertThat(config.signalTable()).isEqualTo("cal_core.debezium_signal");
    assertThat(config.stateStore()).isEqualTo(StateStore.FILE);
  }

  @Test
  void systemPropertyWinsOverEnvironment() {
    Properties system = new Properties();
    system.setProperty("cal.cdc.db.port", "3307");
    PipelineConfig config =
        PipelineConfig.from(
            system, Map.of("CAL_CDC_DB_PORT", "3308", "CAL_CDC_SOURCE_KIND", "mysql"));
    assertThat(config.dbPort()).isEqualTo(3307);
    assertThat(config.sourceKind().connectorClass())
        .isEqualTo("io.debezium.connector.mysql.MySqlConnector");
  }

  @Test
  void debeziumPropertiesPassThroughUnderTheirPrefix() {
    Properties system = new Properties();
    system.setProperty("debezium.snapshot.mode", "no_data");
    PipelineConfig config = PipelineConfig.from(system, Map.of("CAL_CDC_TABLES", ""));
    assertThat(config.debezium()).containsEntry("snapshot.mode", "no_data");
    assertThat(config.tables()).isEqualTo(List.of());
  }
}
