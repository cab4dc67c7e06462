package il.gov.cal.odsaccess.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch.cluster.HealthResponse;

/**
 * Ready only while the search cluster answers and is not red: every read of these services goes to
 * it. A yellow cluster (a replica missing) still serves every document, so it counts as ready.
 */
@Readiness
@ApplicationScoped
public class OpenSearchReadiness implements HealthCheck {

  @Inject OpenSearchClient client;

  @Override
  public HealthCheckResponse call() {
    try {
      HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
      boolean up = health.status() != HealthStatus.Red;
      return HealthCheckResponse.named("ods-search")
          .status(up)
          .withData("cluster", health.status().jsonValue())
          .build();
    } catch (IOException | RuntimeException e) {
      return HealthCheckResponse.named("ods-search")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
