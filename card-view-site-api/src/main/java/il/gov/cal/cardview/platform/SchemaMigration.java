package il.gov.cal.cardview.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the site's own tables ({@code site_*} in the ODS schema) to the latest version before the
 * application serves anything. The schema is shared with the CDC pipeline's tables, so the site
 * keeps its own history table and baselines an existing schema instead of refusing it.
 *
 * <p>Liberty's class loader cannot list a folder, so each folder Flyway scans carries an empty
 * {@code flyway.location} marker: {@code db/site}, and {@code db/callback}, where Flyway always
 * looks for Java callbacks (the site has none; without the marker Flyway logs an error at each
 * start that it cannot resolve the folder).
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

  @Resource(lookup = "jdbc/ods")
  DataSource dataSource;

  void migrate(@Observes @Priority(1) Startup startup) {
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/site")
            .table("site_schema_history")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    log.info(
        "site schema ready version={} applied={}",
        result.targetSchemaVersion,
        result.migrationsExecuted);
  }
}
