package il.gov.cal.core.cardholder.api;

import jakarta.validation.constraints.NotBlank;

/**
 * A search for cardholders by national id, sent in a body so that the number stays out of URLs and
 * access logs. {@code toString()} omits it.
 *
 * @param nationalId the Israeli national id to look for
 */
public record FindCardholdersRequest(@NotBlank String nationalId) {

  @Override
  public String toString() {
    return "FindCardholdersRequest[redacted]";
  }
}
