package il.gov.cal.core.unit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A new unit.
 *
 * @param code unique within the organisation; the issuer's files use it
 * @param name the display name
 * @param parentId the unit to create it under, or null for a top-level unit
 */
public record CreateUnitRequest(
    @NotBlank @Size(max = 64) String code,
    @NotBlank @Size(max = 200) String name,
    @Positive Long parentId) {}
