package il.gov.cal.core.unit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.security.problem.DomainRuleViolation;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTest {

  @Test
  void aChildsPathIsItsParentsPathAndItsOwnId() {
    Unit ministry = stored(Unit.root("M", "Ministry"), 1);
    Unit division = stored(Unit.childOf(ministry, "D", "Division"), 4);

    assertThat(ministry.path()).isEqualTo("/1/");
    assertThat(division.path()).isEqualTo("/1/4/");
    assertThat(division.depth()).isEqualTo(1);
    assertThat(division.parentId()).isEqualTo(1L);
  }

  @Test
  void movingAUnitRepathsItsWholeSubtree() {
    Unit ministry = stored(Unit.root("M", "Ministry"), 1);
    Unit division = stored(Unit.childOf(ministry, "D", "Division"), 4);
    Unit team = stored(Unit.childOf(division, "T", "Team"), 9);
    Unit otherMinistry = stored(Unit.root("O", "Other"), 2);

    division.moveUnder(otherMinistry, List.of(team));

    assertThat(division.path()).isEqualTo("/2/4/");
    assertThat(team.path()).isEqualTo("/2/4/9/");
    assertThat(team.depth()).isEqualTo(2);

    division.moveUnder(null, List.of(team));

    assertThat(division.path()).isEqualTo("/4/");
    assertThat(division.depth()).isZero();
    assertThat(team.path()).isEqualTo("/4/9/");
    assertThat(team.depth()).isEqualTo(1);
  }

  @Test
  void aUnitCannotBeMovedUnderItsOwnDescendant() {
    Unit ministry = stored(Unit.root("M", "Ministry"), 1);
    Unit division = stored(Unit.childOf(ministry, "D", "Division"), 4);

    assertThatThrownBy(() -> ministry.moveUnder(division, List.of(division)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.code()).isEqualTo("unit.move-into-own-subtree"));
    assertThatThrownBy(() -> ministry.moveUnder(ministry, List.of()))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void aSiblingWithACommonIdPrefixIsNotADescendant() {
    Unit one = stored(Unit.root("A", "A"), 1);
    Unit eleven = stored(Unit.root("B", "B"), 11);

    assertThat(one.contains(eleven)).isFalse();
  }

  /** Gives the unit the id the database would have, then completes its path. */
  static Unit stored(Unit unit, long id) {
    try {
      Field field = Unit.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(unit, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    unit.completePath();
    return unit;
  }
}
