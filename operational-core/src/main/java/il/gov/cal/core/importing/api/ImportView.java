package il.gov.cal.core.importing.api;

import il.gov.cal.core.importing.job.ImportJob;
import il.gov.cal.core.importing.job.ImportState;
import il.gov.cal.core.importing.job.Rejection;
import java.time.Instant;
import java.util.List;

/**
 * An import as the API shows it. {@code recordsTotal} is absent until the file is validated; {@code
 * failure} is present when the file was REJECTED (with the line) or the job FAILED. {@code
 * rejections} holds the first {@value ImportResource#EMBEDDED_REJECTIONS} rejected records; when
 * there are more, {@code rejectionsNext} links to the rest.
 *
 * @param id the import id
 * @param state RECEIVED, VALIDATING, IMPORTING, COMPLETED, REJECTED or FAILED
 * @param fileName the uploaded file's name
 * @param sha256 the file's SHA-256
 * @param organisationId the organisation the file belongs to, once validated
 * @param recordsTotal data records in the file, once validated
 * @param recordsRead data records read so far
 * @param accepted records applied
 * @param rejected records rejected on their own
 * @param duplicates transactions already stored before this import
 * @param failure why the whole file was rejected or the job failed
 * @param rejections the first rejected records, by line
 * @param rejectionsNext the link to the following rejected records, if any
 * @param receivedAt when the file was received
 * @param finishedAt when the import reached a final state
 */
public record ImportView(
    long id,
    ImportState state,
    String fileName,
    String sha256,
    Long organisationId,
    Integer recordsTotal,
    long recordsRead,
    long accepted,
    long rejected,
    long duplicates,
    FailureView failure,
    List<RejectionView> rejections,
    String rejectionsNext,
    Instant receivedAt,
    Instant finishedAt) {

  /**
   * Why an import did not complete.
   *
   * @param line the line of a file-level rejection; absent for a failed job
   * @param reason the reason
   */
  public record FailureView(Integer line, String reason) {}

  /**
   * A rejected record.
   *
   * @param line its 1-based line in the file
   * @param reason why it was rejected
   */
  public record RejectionView(int line, String reason) {
    static RejectionView of(Rejection rejection) {
      return new RejectionView(rejection.line(), rejection.reason());
    }
  }

  static ImportView of(ImportJob job, List<Rejection> firstRejections, String rejectionsNext) {
    FailureView failure =
        job.failure() == null ? null : new FailureView(job.failureLine(), job.failure());
    return new ImportView(
        job.id(),
        job.state(),
        job.fileName(),
        job.sha256(),
        job.organisationId(),
        job.recordsTotal(),
        job.counts().read(),
        job.counts().accepted(),
        job.counts().rejected(),
        job.counts().duplicates(),
        failure,
        firstRejections.stream().map(RejectionView::of).toList(),
        rejectionsNext,
        job.createdAt(),
        job.finishedAt());
  }
}
