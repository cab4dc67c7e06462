package il.gov.cal.security.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.testing.CapturingHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedactingLogFilterTest {

  private final Logger logger = Logger.getLogger("il.gov.cal.test.redaction");
  private final CapturingHandler handler = new CapturingHandler();

  @BeforeEach
  void attach() {
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
    RedactingLogFilter.installOn(logger);
  }

  @AfterEach
  void detach() {
    logger.removeHandler(handler);
  }

  @Test
  void aRecordWithASensitiveParameterIsRewrittenRedactedWithoutParameters() {
    logger.log(Level.INFO, "charged card={0} amount={1}", new Object[] {"4111111111111111", 12});

    LogRecord record = handler.records.get(0);
    assertThat(record.getMessage()).isEqualTo("charged card=[PAN ****1111] amount=12");
    assertThat(record.getParameters()).isNull();
  }

  @Test
  void aCleanRecordKeepsItsMessageTemplateAndParameters() {
    logger.log(Level.INFO, "card frozen cardId={0}", 17);

    LogRecord record = handler.records.get(0);
    assertThat(record.getMessage()).isEqualTo("card frozen cardId={0}");
    assertThat(record.getParameters()).containsExactly(17);
  }

  @Test
  void aSensitiveExceptionMessageAnywhereInTheChainIsRedactedInTheLoggedCopy() {
    Exception cause = new IllegalStateException("bad national id 123456782");
    logger.log(Level.WARNING, "import failed", new RuntimeException("row failed", cause));

    Throwable logged = handler.records.get(0).getThrown();
    assertThat(logged).isInstanceOf(RedactedThrowable.class);
    assertThat(logged.toString()).isEqualTo("java.lang.RuntimeException: row failed");
    assertThat(logged.getCause().toString())
        .isEqualTo("java.lang.IllegalStateException: bad national id [NATIONAL-ID]");
    assertThat(logged.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
  }

  @Test
  void aCleanExceptionIsLoggedAsItself() {
    RuntimeException clean = new RuntimeException("timeout after 30 s");
    logger.log(Level.WARNING, "retrying", clean);

    assertThat(handler.records.get(0).getThrown()).isSameAs(clean);
  }

  @Test
  void installingTwiceWrapsEachHandlerOnce() {
    assertThat(RedactingLogFilter.installOn(logger)).isZero();
    assertThat(handler.getFilter()).isInstanceOf(RedactingLogFilter.class);
  }

  @Test
  void theWrappedFilterStillDecidesWhatIsLogged() {
    CapturingHandler picky = new CapturingHandler();
    picky.setFilter(record -> record.getLevel().intValue() >= Level.WARNING.intValue());
    logger.addHandler(picky);
    RedactingLogFilter.installOn(logger);

    logger.info("pin=1234");
    logger.warning("pin=5678");

    assertThat(picky.records).extracting(LogRecord::getMessage).containsExactly("pin=[REDACTED]");
    logger.removeHandler(picky);
  }

  @Test
  void theFormatterRedactsTheWholeFormattedTextIncludingStackTraces() {
    RedactingFormatter formatter = new RedactingFormatter(new SimpleFormatter());
    LogRecord record = new LogRecord(Level.SEVERE, "failed");
    record.setThrown(new IllegalArgumentException("otp=123456 for 4111111111111111"));

    String text = formatter.format(record);

    assertThat(text).contains("otp=[REDACTED]", "[PAN ****1111]");
    assertThat(text).doesNotContain("123456 ", "4111111111111111");
  }
}
