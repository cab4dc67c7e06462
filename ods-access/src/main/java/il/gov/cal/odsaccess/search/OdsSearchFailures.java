package il.gov.cal.odsaccess.search;

import il.gov.cal.odsaccess.problem.ProblemException;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed search means to the caller: the ODS could not answer (503, logged), never a 500
 * carrying the cluster's message, which may quote query values.
 */
public final class OdsSearchFailures {

  private static final Logger log = LoggerFactory.getLogger(OdsSearchFailures.class);

  private OdsSearchFailures() {}

  /** A 503 problem for a search that failed; the cause is logged by type and status only. */
  public static ProblemException unavailable(String operation, Exception cause) {
    String status =
        cause instanceof OpenSearchException os ? Integer.toString(os.status()) : "transport";
    log.warn(
        "ods search failed operation={} status={} error={}",
        operation,
        status,
        cause.getClass().getSimpleName());
    return ProblemException.unavailable(
        "ods-unavailable", "The operational data store did not answer; try again shortly.");
  }

  /** Whether the failure says a point in time (or the index behind it) no longer exists. */
  public static boolean isGone(Exception cause) {
    return cause instanceof OpenSearchException os && os.status() == 404;
  }
}
