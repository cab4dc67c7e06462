package il.gov.cal.core.card.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The cardholder to give a card to.
 *
 * @param cardholderId an active cardholder of the organisation
 */
public record AssignCardRequest(@NotNull @Positive Long cardholderId) {}
