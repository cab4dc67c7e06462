package il.gov.cal.core.budget.api;

import il.gov.cal.core.api.MoneyView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A budget to allocate.
 *
 * @param unitId the unit
 * @param fiscalYear the calendar year
 * @param fiscalMonth 1-12 for a monthly budget, null for the whole year
 * @param allocated the amount, in ILS
 */
public record AllocateBudgetRequest(
    @NotNull @Positive Long unitId,
    @NotNull Integer fiscalYear,
    Integer fiscalMonth,
    @NotNull @Valid MoneyView allocated) {}
