package il.gov.cal.odsaccess.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the ODS database ({@code jdbc/ods}) answers. The services never reach the
 * operational core's database, so its state plays no part here.
 */
@Readiness
@ApplicationScoped
public class OdsDatabaseReadiness implements HealthCheck {

  @Resource(lookup = "jdbc/ods")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      return HealthCheckResponse.named("ods-database").status(connection.isValid(2)).build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("ods-database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
