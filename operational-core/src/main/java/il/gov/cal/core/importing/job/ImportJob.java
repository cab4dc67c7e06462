package il.gov.cal.core.importing.job;

import java.time.Instant;

/**
 * One row of {@code import_job}: an uploaded file and how far its import got.
 *
 * @param id the import id
 * @param organisationId the organisation named by the file's header, once validated; null before
 * @param fileName the name the client gave the file
 * @param storedAt the file's location in the file store
 * @param sha256 the file's SHA-256
 * @param state where the import stands
 * @param recordsTotal the data records in the file, known once validated; null before
 * @param counts what the second pass has done so far
 * @param failureLine the line of a file-level rejection, or null
 * @param failure why the file was rejected or the job failed, or null
 * @param batchExecutionId the latest Jakarta Batch execution of the job, or null before it started
 * @param createdAt when the file was received
 * @param finishedAt when the import reached a final state, or null
 */
public record ImportJob(
    long id,
    Long organisationId,
    String fileName,
    String storedAt,
    String sha256,
    ImportState state,
    Integer recordsTotal,
    ImportCounts counts,
    Integer failureLine,
    String failure,
    Long batchExecutionId,
    Instant createdAt,
    Instant finishedAt) {}
