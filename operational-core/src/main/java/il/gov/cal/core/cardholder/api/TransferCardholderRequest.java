package il.gov.cal.core.cardholder.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A cardholder's new unit.
 *
 * @param unitId the unit to move the cardholder to
 */
public record TransferCardholderRequest(@NotNull @Positive Long unitId) {}
