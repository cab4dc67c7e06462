package il.gov.cal.core.importing.job;

import il.gov.cal.core.importing.storage.FileStore;
import il.gov.cal.core.importing.storage.StoredFile;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives issuer files: keeps the original, records the import, and starts the batch job that
 * validates and applies it.
 *
 * <p>Idempotency: a client's {@code Idempotency-Key} names at most one import. Sending the same key
 * with the same content again returns the earlier import; the same key with other content is
 * refused. Without a key, every upload is a new import, and a file whose transactions are already
 * stored completes with every transaction counted a duplicate and nothing added.
 */
@ApplicationScoped
public class IssuerFileImports {

  private static final Logger log = LoggerFactory.getLogger(IssuerFileImports.class);

  @Inject private FileStore files;
  @Inject private ImportJobs imports;

  @Inject
  @ConfigProperty(name = "cal.import.chunk-size", defaultValue = "2000")
  private int chunkSize;

  /** What an upload led to: the import, and whether it was created by this upload. */
  public record Receipt(ImportJob job, boolean created) {}

  /** Thrown when an idempotency key returns with content other than its first upload's. */
  public static final class KeyReused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KeyReused() {
      super("this Idempotency-Key was used for another file", null, false, false);
    }
  }

  /**
   * Stores {@code content} and starts its import, unless {@code idempotencyKey} names an import of
   * the same content already.
   *
   * @param idempotencyKey the client's key, or null
   * @throws KeyReused if the key was used for different content
   * @throws IOException if the file cannot be stored
   */
  public Receipt receive(String fileName, InputStream content, String idempotencyKey)
      throws IOException {
    StoredFile stored = files.store(fileName, content);
    long id;
    try {
      id = imports.create(fileName, stored, idempotencyKey);
    } catch (ImportJobs.KeyTaken taken) {
      files.delete(stored.location());
      ImportJob earlier = imports.findByIdempotencyKey(idempotencyKey).orElseThrow();
      if (!earlier.sha256().equals(stored.sha256())) {
        throw new KeyReused();
      }
      return new Receipt(earlier, false);
    }
    // Size in KiB and no digest: long digit runs in a log line read as card or id numbers.
    log.info("issuer file received import_id={} kib={}", id, (stored.size() + 1023) / 1024);
    start(id);
    return new Receipt(imports.find(id).orElseThrow(), true);
  }

  /** Starts the batch job of a received import. */
  void start(long importId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    long execution =
        operator.start(
            ImportJobParameters.JOB_NAME, ImportJobParameters.forImport(importId, chunkSize));
    imports.attachExecution(importId, execution);
  }

  /** Restarts the failed or stopped batch execution of an unfinished import. */
  void restart(long importId, long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    long execution =
        operator.restart(executionId, ImportJobParameters.forImport(importId, chunkSize));
    imports.attachExecution(importId, execution);
  }
}
