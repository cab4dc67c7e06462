package il.gov.cal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.core.api.CoreClient.Reply;
import il.gov.cal.security.identity.Role;
import org.junit.jupiter.api.Test;

/** One caller that exceeds the default per-minute limit is answered 429 with Retry-After. */
class RateLimitIT {

  @Test
  void aCallerOverTheLimitGets429() throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    CoreClient reader = org.withRoles(Role.ANALYST);
    Reply last = null;
    for (int i = 0; i < 400; i++) {
      last = reader.get("/units");
      if (last.status() == 429) {
        break;
      }
    }

    assertThat(last.status()).isEqualTo(429);
    assertThat(last.raw().headers().firstValue("Retry-After")).isPresent();
  }
}
