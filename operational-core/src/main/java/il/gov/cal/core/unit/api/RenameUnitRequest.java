package il.gov.cal.core.unit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A unit's new name.
 *
 * @param name the display name
 */
public record RenameUnitRequest(@NotBlank @Size(max = 200) String name) {}
