package il.gov.cal.core.importing.vcf;

/**
 * The merchant (supplier) of a transaction, as the acquirer described it.
 *
 * @param name the merchant's name
 * @param city the city, possibly empty
 * @param state the state or province code, usually empty outside North America
 * @param countryCode the ISO 3166 numeric country code, three digits ({@code 376} is Israel)
 * @param postalCode the postal code, possibly empty
 * @param acceptorId the acquirer's card acceptor (merchant) id
 */
public record Merchant(
    String name,
    String city,
    String state,
    String countryCode,
    String postalCode,
    String acceptorId) {}
