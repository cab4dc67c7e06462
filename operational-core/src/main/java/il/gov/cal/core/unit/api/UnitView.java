package il.gov.cal.core.unit.api;

import il.gov.cal.core.unit.domain.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A unit as the API shows it; in the tree, with its children.
 *
 * @param id the unit id
 * @param parentId the parent unit, or null at the top level
 * @param code the code the issuer's files use
 * @param name the display name
 * @param path ids from the root, {@code /1/4/9/}
 * @param depth number of ancestors
 * @param children the units directly below (in the tree view), else empty
 */
public record UnitView(
    Long id,
    Long parentId,
    String code,
    String name,
    String path,
    int depth,
    List<UnitView> children) {

  static UnitView of(Unit unit) {
    return new UnitView(
        unit.id(), unit.parentId(), unit.code(), unit.name(), unit.path(), unit.depth(), List.of());
  }

  /**
   * The forest of the given units, ordered parents before children; a unit whose parent is not
   * among them (the top of a unit manager's subtree) is a root.
   */
  static List<UnitView> tree(List<Unit> byPath) {
    Set<Long> present = new HashSet<>();
    byPath.forEach(unit -> present.add(unit.id()));
    return childrenOf(null, byPath, present);
  }

  private static List<UnitView> childrenOf(Long parentId, List<Unit> byPath, Set<Long> present) {
    List<UnitView> children = new ArrayList<>();
    for (Unit unit : byPath) {
      boolean root = unit.parentId() == null || !present.contains(unit.parentId());
      boolean child = parentId == null ? root : parentId.equals(unit.parentId());
      if (child) {
        children.add(
            new UnitView(
                unit.id(),
                unit.parentId(),
                unit.code(),
                unit.name(),
                unit.path(),
                unit.depth(),
                childrenOf(unit.id(), byPath, present)));
      }
    }
    return children;
  }
}
