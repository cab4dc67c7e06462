package il.gov.cal.core.platform;

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
 * Brings the core schema to the latest version before the application serves anything. Flyway owns
 * the schema ({@code db/core}); a failed migration stops the application from starting, so it never
 * runs against a schema it does not know. Liberty's class loader cannot list a folder, so each
 * migration folder carries an empty {@code flyway.location} marker for Flyway to find it by.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

  @Resource(lookup = "jdbc/core")
  private DataSource dataSource;

  void migrate(@Observes @Priority(1) Startup startup) {
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/core")
            .table("flyway_schema_history")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    log.info(
        "core schema ready version={} applied={}",
        result.targetSchemaVersion,
        result.migrationsExecuted);
  }
}
