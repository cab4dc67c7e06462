package il.gov.cal.core.unit.api;

import jakarta.validation.constraints.Positive;

/**
 * Where to move a unit.
 *
 * @param parentId the new parent, or null to make it a top-level unit
 */
public record MoveUnitRequest(@Positive Long parentId) {}
