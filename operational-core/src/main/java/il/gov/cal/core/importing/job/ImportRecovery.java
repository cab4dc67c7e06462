package il.gov.cal.core.importing.job;

import jakarta.annotation.Priority;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resumes the imports a stopped or killed server left unfinished, once at start-up (after the
 * schema migration).
 *
 * <p>When a server dies mid-import, its batch execution stays STARTED in the job repository; on the
 * next start, Liberty's batch runtime marks the executions it owned FAILED before applications run
 * (the crash integration test checks this). An unfinished import whose latest execution is FAILED
 * or STOPPED is restarted with {@link JobOperator#restart}, which resumes the chunk step after its
 * last checkpoint; an import never started (the server died between storing the file and starting
 * the job) is started. An execution still STARTED or STARTING belongs to a live server sharing the
 * database and is left to it.
 */
@ApplicationScoped
public class ImportRecovery {

  private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

  @Inject private ImportJobs imports;
  @Inject private IssuerFileImports starter;

  void resume(@Observes @Priority(100) Startup startup) {
    JobOperator operator = BatchRuntime.getJobOperator();
    for (ImportJob job : imports.unfinished()) {
      try {
        resume(operator, job);
      } catch (RuntimeException e) {
        log.error(
            "could not resume import import_id={} cause={}", job.id(), e.getClass().getName());
      }
    }
  }

  private void resume(JobOperator operator, ImportJob job) {
    if (job.batchExecutionId() == null) {
      log.info("starting import left unstarted import_id={}", job.id());
      starter.start(job.id());
      return;
    }
    BatchStatus status = operator.getJobExecution(job.batchExecutionId()).getBatchStatus();
    if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
      log.info(
          "restarting interrupted import import_id={} execution={} status={}",
          job.id(),
          job.batchExecutionId(),
          status);
      starter.restart(job.id(), job.batchExecutionId());
    } else if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
      // The server died after the job ended but before its listener recorded the outcome.
      imports.markFinished(
          job.id(),
          status == BatchStatus.COMPLETED ? ImportState.COMPLETED : ImportState.FAILED,
          status == BatchStatus.COMPLETED ? null : "the batch job was abandoned");
    } else {
      log.info(
          "leaving import to its running execution import_id={} execution={} status={}",
          job.id(),
          job.batchExecutionId(),
          status);
    }
  }
}
