package il.gov.cal.core.importing.vcf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The transmission header (record 6) of a file: who the file is for and when the issuer produced
 * it.
 *
 * @param companyId the issuer's id of the company (organisation) the whole file belongs to
 * @param sequence the issuer's transmission sequence number, as written
 * @param processingDate the date the issuer produced the file
 * @param version the format version; always {@code 4.0} for a file that was accepted
 */
public record TransmissionHeader(
    String companyId, String sequence, LocalDate processingDate, String version) {

  /** Checks that every part is present. */
  public TransmissionHeader {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(sequence, "sequence");
    Objects.requireNonNull(processingDate, "processingDate");
    Objects.requireNonNull(version, "version");
  }
}
