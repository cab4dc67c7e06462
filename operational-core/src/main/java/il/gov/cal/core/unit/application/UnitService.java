package il.gov.cal.core.unit.application;

import static il.gov.cal.security.problem.DomainRuleViolation.Kind.CONFLICT;

import il.gov.cal.core.audit.Audit;
import il.gov.cal.core.unit.domain.Unit;
import il.gov.cal.core.unit.persistence.UnitRepository;
import il.gov.cal.security.problem.DomainRuleViolation;
import il.gov.cal.security.problem.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Use cases on the caller's organisation's unit hierarchy. */
@RequestScoped
@Transactional
public class UnitService {

  private static final Logger log = LoggerFactory.getLogger(UnitService.class);

  @Inject private UnitRepository units;
  @Inject private UnitScope scope;
  @Inject private Audit audit;

  /** Creates a unit at the top level ({@code parentId} null) or under an existing unit. */
  public Unit createUnit(String code, String name, Long parentId) {
    if (units.codeTaken(code)) {
      audit.failed("unit.create", "unit", null);
      throw new DomainRuleViolation(
          CONFLICT, "unit.code-taken", "Another unit already has this code");
    }
    Unit unit =
        parentId == null
            ? Unit.root(code, name)
            : Unit.childOf(units.require(parentId), code, name);

    units.add(unit);
    unit.completePath();
    audit.succeeded("unit.create", "unit", unit.id());

    log.info("unit created unitId={} parentId={} path={}", unit.id(), parentId, unit.path());
    return unit;
  }

  /** Renames a unit. */
  public Unit renameUnit(long unitId, String name) {
    Unit unit = units.require(unitId);

    audit.refusable("unit.rename", "unit", unitId, () -> unit.rename(name));
    audit.succeeded("unit.rename", "unit", unitId);

    log.info("unit renamed unitId={}", unitId);
    return unit;
  }

  /** Moves a unit and its subtree under another unit, or to the top level. */
  public Unit moveUnit(long unitId, Long newParentId) {
    Unit unit = units.require(unitId);
    Unit newParent = newParentId == null ? null : units.require(newParentId);
    List<Unit> descendants = units.descendantsOf(unit);

    audit.refusable("unit.move", "unit", unitId, () -> unit.moveUnder(newParent, descendants));
    audit.succeeded("unit.move", "unit", unitId);

    log.info(
        "unit moved unitId={} parentId={} subtreeSize={}", unitId, newParentId, descendants.size());
    return unit;
  }

  /** One unit, when in the caller's scope; a unit outside it is reported as not found. */
  public Unit unit(long unitId) {
    Unit unit = units.require(unitId);
    if (!scope.covers(unit)) {
      throw NotFound.byId("unit", unitId);
    }
    return unit;
  }

  /** All units in the caller's scope, parents before children. */
  public List<Unit> allUnits() {
    return units.all().stream().filter(scope::covers).toList();
  }
}
