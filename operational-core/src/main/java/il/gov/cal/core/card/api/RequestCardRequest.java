package il.gov.cal.core.card.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * A card to ask the issuer for.
 *
 * @param unitId the unit whose budget the card is charged to
 * @param product PHYSICAL or VIRTUAL
 * @param cardholderId the cardholder to assign it to at once, optional
 */
public record RequestCardRequest(
    @NotNull @Positive Long unitId,
    @NotNull @Pattern(regexp = "PHYSICAL|VIRTUAL", message = "must be PHYSICAL or VIRTUAL")
        String product,
    @Positive Long cardholderId) {}
