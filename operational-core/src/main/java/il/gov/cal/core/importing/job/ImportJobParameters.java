package il.gov.cal.core.importing.job;

import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The job's name and parameters, named once for the starter and the steps. */
final class ImportJobParameters {

  /** The job XML in {@code META-INF/batch-jobs}. */
  static final String JOB_NAME = "issuer-file-import";

  /** The import id, as a decimal string. */
  static final String IMPORT_ID = "importId";

  /** Records per chunk transaction. */
  static final String CHUNK_SIZE = "chunkSize";

  private ImportJobParameters() {}

  static Properties forImport(long importId, int chunkSize) {
    Properties parameters = new Properties();
    parameters.setProperty(IMPORT_ID, Long.toString(importId));
    parameters.setProperty(CHUNK_SIZE, Integer.toString(chunkSize));
    return parameters;
  }

  /** The import id, from the job-level property the job XML fills from the parameters. */
  static long importId(JobContext context) {
    return Long.parseLong(context.getProperties().getProperty(IMPORT_ID));
  }
}
