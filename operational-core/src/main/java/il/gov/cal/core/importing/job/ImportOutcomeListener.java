package il.gov.cal.core.importing.job;

import il.gov.cal.core.importing.vcf.VcfFormatException;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the import's final state when the job ends: COMPLETED when the batch job completed, FAILED
 * with a reason when it failed or was stopped. A rejected file already ended as REJECTED in the
 * validation step and is left alone. A server killed mid-import runs no listener; the import stays
 * IMPORTING until {@link ImportRecovery} restarts it.
 */
@Named("importOutcomeListener")
@Dependent
public class ImportOutcomeListener extends AbstractJobListener {

  private static final Logger log = LoggerFactory.getLogger(ImportOutcomeListener.class);

  @Inject private JobContext jobContext;
  @Inject private ImportJobs imports;

  @Override
  public void afterJob() {
    long importId = ImportJobParameters.importId(jobContext);
    // The batch status still reads STARTED while job listeners run; a step's failure is known
    // from the exception ImportFailureListener handed over, a stop from the status.
    Object failure = jobContext.getTransientUserData();
    BatchStatus status = jobContext.getBatchStatus();
    if (failure == null && status != BatchStatus.STOPPING && status != BatchStatus.FAILED) {
      imports.markFinished(importId, ImportState.COMPLETED, null);
      imports
          .find(importId)
          .ifPresent(
              job ->
                  log.info(
                      "issuer file import finished import_id={} state={} read={} accepted={}"
                          + " rejected={} duplicates={}",
                      importId,
                      job.state(),
                      job.counts().read(),
                      job.counts().accepted(),
                      job.counts().rejected(),
                      job.counts().duplicates()));
    } else {
      String reason = describe(failure);
      imports.markFinished(importId, ImportState.FAILED, reason);
      log.error(
          "issuer file import failed import_id={} status={} reason={}", importId, status, reason);
    }
  }

  /** Why the job failed, as far as the step told; never an exception's raw message (data). */
  private static String describe(Object failure) {
    if (failure instanceof VcfFormatException e) {
      return "the file changed after validation: line " + e.line() + ": " + e.reason();
    }
    if (failure instanceof Throwable t) {
      return "unexpected " + t.getClass().getSimpleName() + "; the server log has the details";
    }
    return "the batch job was stopped";
  }
}
