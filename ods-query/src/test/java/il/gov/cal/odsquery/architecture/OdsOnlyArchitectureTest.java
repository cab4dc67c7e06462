package il.gov.cal.odsquery.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "il.gov.cal.odsquery",
    importOptions = ImportOption.DoNotIncludeTests.class)
class OdsOnlyArchitectureTest {

  /** The service must answer while the core is down, so it may not reach into the core at all. */
  @ArchTest
  static final ArchRule neverDependsOnTheOperationalCore =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("il.gov.cal.core..")
          .because("the ODS query service reads the ODS only and must outlive a core outage");

  /** JDBC is for the ODS freshness table only; everything else reads the search cluster. */
  @ArchTest
  static final ArchRule onlyTheStatusFeatureUsesJdbc =
      noClasses()
          .that()
          .resideOutsideOfPackage("il.gov.cal.odsquery.status..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.sql..")
          .because("portal reads come from the search cluster; only freshness lives in SQL");

  /** Only the caller package decides which organisation a request is confined to. */
  @ArchTest
  static final ArchRule theOrganisationComesFromTheCallerOnly =
      noClasses()
          .that()
          .resideOutsideOfPackage("il.gov.cal.odsquery.caller..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("il.gov.cal.security.identity..")
          .because("features ask CallerOrganisation, which reads the organisation and unit scope");
}
