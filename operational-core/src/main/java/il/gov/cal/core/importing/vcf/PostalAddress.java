package il.gov.cal.core.importing.vcf;

/**
 * A cardholder's postal address as the issuer holds it. Any part may be empty.
 *
 * @param line1 first address line
 * @param line2 second address line
 * @param line3 third address line
 * @param city city
 * @param state state or province code
 * @param countryCode ISO 3166 numeric country code
 * @param postalCode postal code
 */
public record PostalAddress(
    String line1,
    String line2,
    String line3,
    String city,
    String state,
    String countryCode,
    String postalCode) {

  /** Personal data: shows nothing but the country. */
  @Override
  public String toString() {
    return "PostalAddress[countryCode=" + countryCode + "]";
  }
}
