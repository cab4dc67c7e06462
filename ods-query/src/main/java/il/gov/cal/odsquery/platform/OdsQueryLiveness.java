package il.gov.cal.odsquery.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the application answers; an unreachable ODS makes it unready, not dead. */
@Liveness
@ApplicationScoped
public class OdsQueryLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("ods-query");
  }
}
