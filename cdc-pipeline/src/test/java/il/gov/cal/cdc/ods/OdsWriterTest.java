package il.gov.cal.cdc.ods;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.cdc.projection.AuditEventProjection;
import il.gov.cal.cdc.projection.Projection;
import il.gov.cal.cdc.projection.Router;
import org.junit.jupiter.api.Test;

class OdsWriterTest {

  @Test
  void rowsAreCutIntoTheFewestStatementsOfTheKeptSizes() {
    assertThat(OdsWriter.groups(0)).isEmpty();
    assertThat(OdsWriter.groups(1)).containsExactly(1);
    assertThat(OdsWriter.groups(7)).containsExactly(4, 1, 1, 1);
    assertThat(OdsWriter.groups(4096)).containsExactly(1024, 1024, 1024, 1024);
    assertThat(OdsWriter.groups(1500)).containsExactly(1024, 256, 64, 64, 64, 16, 4, 4, 4);
    for (int rows = 0; rows < 3_000; rows++) {
      assertThat(OdsWriter.groups(rows).stream().mapToInt(Integer::intValue).sum()).isEqualTo(rows);
    }
  }

  @Test
  void multiRowUpsertRepeatsTheRowAndKeepsThePositionGuardOnEveryColumn() {
    AuditEventProjection projection = new AuditEventProjection();
    String one = OdsWriter.upsertSql(projection);
    String three = OdsWriter.upsertSql(projection, 3);
    int parameters = projection.columns().size() + 4;
    String row = "(" + "?, ".repeat(parameters - 1) + "?)";

    assertThat(three).contains("VALUES " + row + ", " + row + ", " + row + " ON DUPLICATE KEY");
    assertThat(three.chars().filter(c -> c == '?').count()).isEqualTo(3L * parameters);
    assertThat(three.substring(three.indexOf(" ON DUPLICATE KEY")))
        .isEqualTo(one.substring(one.indexOf(" ON DUPLICATE KEY")))
        .contains("action = IF(VALUES(source_position) > source_position, VALUES(action), action)")
        .endsWith("source_position = GREATEST(source_position, VALUES(source_position))");
  }

  @Test
  void theLargestStatementOfTheWidestTableStaysWithinTheParameterLimit() {
    for (Projection projection : Router.CORE) {
      assertThat(OdsWriter.GROUP_ROWS[0] * (projection.columns().size() + 4))
          .as(projection.odsTable())
          .isLessThan(65_535);
    }
    assertThat(OdsWriter.GROUP_ROWS[OdsWriter.GROUP_ROWS.length - 1]).isEqualTo(1);
  }
}
