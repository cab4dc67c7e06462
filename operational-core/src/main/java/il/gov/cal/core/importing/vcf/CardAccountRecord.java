package il.gov.cal.core.importing.vcf;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A card account, i.e. a card of a cardholder (block record type 3). The card number was turned
 * into a {@link CardToken} while the line was read and is not held here.
 *
 * @param line the 1-based line in the file
 * @param cardholderId the cardholder the card belongs to
 * @param card the card's token and last four digits
 * @param hierarchyNode the organisation unit the card is charged to
 * @param effectiveDate the date the record takes effect
 * @param openDate the date the account was opened, if given
 * @param closeDate the date the account was closed, if it is closed
 * @param cardType the issuer's card type code, as written
 * @param costCentre the default accounting code (cost centre), possibly empty
 */
public record CardAccountRecord(
    int line,
    String cardholderId,
    CardToken card,
    String hierarchyNode,
    LocalDate effectiveDate,
    Optional<LocalDate> openDate,
    Optional<LocalDate> closeDate,
    String cardType,
    String costCentre)
    implements VcfEntry {}
