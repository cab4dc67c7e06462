package il.gov.cal.security.redaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the {@link RedactingLogFilter} on the root JUL logger's handlers when an application
 * that includes this library starts, so that its log lines are redacted without any code of its
 * own. Installing is idempotent: several applications in one server share the handlers.
 *
 * <p>Limitation: only handlers attached to the root logger when the application starts are covered.
 * Log output that bypasses them (a handler added later, Liberty's own trace files) is not; the test
 * suites' {@link LogScanner} run is the check that nothing leaks that way.
 */
@ApplicationScoped
public class LogRedactionStartup {

  void install(@Observes @Initialized(ApplicationScoped.class) Object event) {
    int installed = RedactingLogFilter.installOn(Logger.getLogger(""));
    LoggerFactory.getLogger(LogRedactionStartup.class)
        .info("Log redaction installed handlers={}", installed);
  }
}
