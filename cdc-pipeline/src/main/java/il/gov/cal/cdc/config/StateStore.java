package il.gov.cal.cdc.config;

/**
 * Where Debezium keeps its offsets and schema history.
 *
 * <p>{@link #FILE} keeps both as files under the state directory: simple, and enough for dev and
 * test where the process and its disk live together. {@link #JDBC} keeps both as tables in the ODS
 * database, so a pipeline rescheduled on another host (beta, prod) resumes where it stopped, and
 * the state is backed up with the ODS it describes.
 */
public enum StateStore {
  FILE,
  JDBC
}
