package il.gov.cal.cdc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("il.gov.cal.cdc");

  @Test
  void mappersArePureSoTheyCanBeTestedOnRecordedEvents() {
    noClasses()
        .that()
        .resideInAnyPackage("il.gov.cal.cdc.projection..", "il.gov.cal.cdc.change..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..",
            "java.net..",
            "java.nio.file..",
            "il.gov.cal.cdc.ods..",
            "il.gov.cal.cdc.search..",
            "il.gov.cal.cdc.engine..")
        .because("a mapper reads a row and returns a document, nothing else")
        .check(MAIN);
  }

  @Test
  void writersDoNotDependOnTheEngineSoOffsetsStayInOnePlace() {
    noClasses()
        .that()
        .resideInAnyPackage("il.gov.cal.cdc.search..", "il.gov.cal.cdc.ods..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("il.gov.cal.cdc.engine..", "io.debezium..")
        .because("only the batch handler marks records processed, after the writers returned")
        .check(MAIN);
  }
}
