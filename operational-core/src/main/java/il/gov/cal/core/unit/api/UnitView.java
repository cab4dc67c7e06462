package il.gov.cal.core.unit.api;

import il.gov.cal.core.unit.domain.Unit;
import java.util.ArrayList;
import java.util.List;

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

  /** The forest of top-level units, from units ordered parents before children. */
  static List<UnitView> tree(List<Unit> byPath) {
    return childrenOf(null, byPath);
  }

  private static List<UnitView> childrenOf(Long parentId, List<Unit> byPath) {
    List<UnitView> children = new ArrayList<>();
    for (Unit unit : byPath) {
      boolean child = parentId == null ? unit.parentId() == null : parentId.equals(unit.parentId());
      if (child) {
        children.add(
            new UnitView(
                unit.id(),
                unit.parentId(),
                unit.code(),
                unit.name(),
                unit.path(),
                unit.depth(),
                childrenOf(unit.id(), byPath)));
      }
    }
    return children;
  }
}
