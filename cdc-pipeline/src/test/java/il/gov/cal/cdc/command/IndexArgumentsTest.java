package il.gov.cal.cdc.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.cdc.config.PipelineConfig;
import il.gov.cal.cdc.projection.Router;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class IndexArgumentsTest {

  /** Defaults only: nothing listens there, so a command that got past its arguments would fail. */
  private final PipelineConfig config = PipelineConfig.from(new Properties(), Map.of());

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void logicalIndexNamesPass() {
    assertThat(IndexArguments.checked(List.of("transactions", "cards"), Router.CORE))
        .containsExactly("transactions", "cards");
  }

  @Test
  void verifyRefusesAnAliasNameBeforeTouchingAStore() {
    assertThatThrownBy(() -> new OdsVerifyCommand(config, out).run(List.of("cal-transactions")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown index 'cal-transactions'; the indices are ")
        .hasMessageContaining("transactions, ")
        .hasMessageContaining("cards");
    assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("no difference");
  }

  @Test
  void rebuildRefusesAnUnknownNameBeforeTouchingAStore() {
    assertThatThrownBy(() -> new OdsRebuildCommand(config, out).run(List.of("cards", "bogus")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown index 'bogus'");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
