package il.gov.cal.core.importing.job;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a step's failure to {@link ImportOutcomeListener} (through the job's transient data) and
 * logs it with the import id. The log names the chain of exception types and SQL states but no
 * message: a database error may quote a value of the failing row (a card token, a name).
 */
@Named("importFailureListener")
@Dependent
public class ImportFailureListener extends AbstractStepListener {

  private static final Logger log = LoggerFactory.getLogger(ImportFailureListener.class);

  @Inject private JobContext jobContext;
  @Inject private StepContext stepContext;

  @Override
  public void afterStep() {
    Exception failure = stepContext.getException();
    if (failure != null) {
      jobContext.setTransientUserData(failure);
      log.error(
          "issuer file import step failed import_id={} step={} causes={}",
          ImportJobParameters.importId(jobContext),
          stepContext.getStepName(),
          causes(failure));
    }
  }

  private static String causes(Throwable failure) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = failure; t != null && chain.length() < 1000; t = t.getCause()) {
      if (chain.length() > 0) {
        chain.append(" <- ");
      }
      chain.append(t.getClass().getName());
      if (t instanceof java.sql.SQLException sql) {
        chain.append("[sqlState=").append(sql.getSQLState()).append(']');
      }
      if (t.getStackTrace().length > 0) {
        chain.append(" at ").append(t.getStackTrace()[0]);
      }
    }
    return chain.toString();
  }
}
