package il.gov.cal.core.unit.domain;

import static il.gov.cal.security.problem.DomainRuleViolation.Kind.CONFLICT;

import il.gov.cal.core.tenancy.TenantOwned;
import il.gov.cal.security.problem.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;

/**
 * A node of an organisation's hierarchy; cards are charged to a unit's budget.
 *
 * <p>Invariants: {@code path} is the parent's path followed by this unit's id and a slash ({@code
 * /1/4/9/} for unit 9 under 4 under root 1), {@code depth} is the number of ancestors, and a unit
 * is never moved under itself or one of its descendants. Because the path holds the unit's own id,
 * a new unit's path is completed once the database has assigned the id.
 */
@Entity
@Table(name = "unit")
public class Unit extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "parent_id")
  private Long parentId;

  private String code;

  private String name;

  private String path;

  private int depth;

  @Version private long version;

  protected Unit() {}

  private Unit(Long parentId, String code, String name, String pathPrefix, int depth) {
    this.parentId = parentId;
    this.code = code;
    this.name = name;
    this.path = pathPrefix;
    this.depth = depth;
  }

  /** A new top-level unit, such as a ministry. */
  public static Unit root(String code, String name) {
    return new Unit(null, code, name, "/", 0);
  }

  /** A new unit directly under {@code parent}. */
  public static Unit childOf(Unit parent, String code, String name) {
    return new Unit(parent.id, code, name, parent.path, parent.depth + 1);
  }

  /** Appends the unit's own id to its path; called once, after the id is assigned. */
  public void completePath() {
    if (id == null) {
      throw new IllegalStateException("The unit has no id yet");
    }
    if (!path.endsWith("/" + id + "/")) {
      path = path + id + "/";
    }
  }

  /** Gives the unit a new display name; its place and code are unchanged. */
  public void rename(String newName) {
    this.name = newName;
  }

  /**
   * Moves this unit, with its whole subtree, under {@code newParent} (null: to the top level).
   *
   * @param descendants every unit whose path starts with this unit's path, excluding this unit
   * @throws DomainRuleViolation {@code unit.move-into-own-subtree} if {@code newParent} is this
   *     unit or one of its descendants
   */
  public void moveUnder(Unit newParent, List<Unit> descendants) {
    if (newParent != null && newParent.path.startsWith(path)) {
      throw new DomainRuleViolation(
          CONFLICT,
          "unit.move-into-own-subtree",
          "A unit cannot be moved under itself or its descendants");
    }
    String oldPath = path;
    int oldDepth = depth;
    parentId = newParent == null ? null : newParent.id;
    path = (newParent == null ? "/" : newParent.path) + id + "/";
    depth = newParent == null ? 0 : newParent.depth + 1;
    for (Unit descendant : descendants) {
      descendant.rebase(oldPath, path, depth - oldDepth);
    }
  }

  private void rebase(String oldPrefix, String newPrefix, int depthChange) {
    if (!path.startsWith(oldPrefix) || path.equals(oldPrefix)) {
      throw new IllegalArgumentException("Unit " + id + " is not below " + oldPrefix);
    }
    path = newPrefix + path.substring(oldPrefix.length());
    depth += depthChange;
  }

  /** Whether {@code other} is this unit or lies below it. */
  public boolean contains(Unit other) {
    return other.path.startsWith(path);
  }

  public Long id() {
    return id;
  }

  public Long parentId() {
    return parentId;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String path() {
    return path;
  }

  public int depth() {
    return depth;
  }
}
