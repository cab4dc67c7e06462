package il.gov.cal.core.importing.vcf;

import java.util.Optional;

/**
 * A cardholder (block record type 4).
 *
 * <p>Personal data: {@link #toString()} shows only the line, cardholder id and hierarchy node, and
 * the national id, when the file has one, must be encrypted before it is stored.
 *
 * @param line the 1-based line in the file
 * @param companyId the company (organisation) id
 * @param cardholderId the issuer's id of the cardholder, unique within the company
 * @param hierarchyNode the organisation unit the cardholder belongs to
 * @param firstName first name
 * @param lastName last name
 * @param address postal address
 * @param phone phone number, possibly empty
 * @param email e-mail address, possibly empty
 * @param employeeId the employer's id of the person, possibly empty
 * @param nationalId the national id from the file's "SSN / other id" field, if present
 */
public record CardholderRecord(
    int line,
    String companyId,
    String cardholderId,
    String hierarchyNode,
    String firstName,
    String lastName,
    PostalAddress address,
    String phone,
    String email,
    String employeeId,
    Optional<String> nationalId)
    implements VcfEntry {

  @Override
  public String toString() {
    return "CardholderRecord[line="
        + line
        + ", cardholderId="
        + cardholderId
        + ", hierarchyNode="
        + hierarchyNode
        + "]";
  }
}
