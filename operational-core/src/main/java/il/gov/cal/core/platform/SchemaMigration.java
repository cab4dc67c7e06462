package il.gov.cal.core.platform;

import il.gov.cal.core.card.persistence.IssuerTokenEncryptionMigration;
import il.gov.cal.core.card.persistence.IssuerTokens;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the core schema to the latest version before the application serves anything. Flyway owns
 * the schema ({@code db/core}); a failed migration stops the application from starting, so it never
 * runs against a schema it does not know. Liberty's class loader cannot list a folder, so each
 * folder Flyway scans carries an empty {@code flyway.location} marker for Flyway to find it by: the
 * migrations' {@code db/core}, and {@code db/callback}, where every Flyway instance looks for Java
 * callbacks whatever it is configured with (the core has none; without the marker Flyway logs an
 * error at each start that it cannot resolve the folder). Migrations that need the application's
 * keys are Java migrations handed to Flyway here ({@link #configure}).
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

  @Resource(lookup = "jdbc/core")
  private DataSource dataSource;

  @Inject private IssuerTokens tokens;

  void migrate(@Observes @Priority(1) Startup startup) {
    MigrateResult result = configure(dataSource, tokens).load().migrate();
    log.info(
        "core schema ready version={} applied={}",
        result.targetSchemaVersion,
        result.migrationsExecuted);
  }

  /**
   * The core's Flyway configuration: the SQL migrations of {@code db/core} and the Java migrations
   * that need the application's keys; also what tests migrate a private schema with.
   */
  public static FluentConfiguration configure(DataSource dataSource, IssuerTokens tokens) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/core")
        .javaMigrations(new IssuerTokenEncryptionMigration(tokens))
        .table("flyway_schema_history")
        .failOnMissingLocations(true);
  }
}
