package il.gov.cal.cardview.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "il.gov.cal.cardview",
    importOptions = ImportOption.DoNotIncludeTests.class)
class OdsOnlyArchitectureTest {

  /** The site must answer while the core is down, so it may not reach into the core at all. */
  @ArchTest
  static final ArchRule neverDependsOnTheOperationalCore =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("il.gov.cal.core..")
          .because("the card-view site reads the ODS only and must outlive a core outage");

  /** Card data is read for the session's card only, so features learn it from the guard. */
  @ArchTest
  static final ArchRule featuresDoNotReadCookiesThemselves =
      noClasses()
          .that()
          .resideOutsideOfPackage("il.gov.cal.cardview.session..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.servlet.http.Cookie")
          .because("only the session guard turns a cookie into a cardholder and card");
}
