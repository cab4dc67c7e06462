package il.gov.cal.cardview.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the application answers; an unreachable ODS makes it unready, not dead. */
@Liveness
@ApplicationScoped
public class CardViewLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("card-view-site-api");
  }
}
