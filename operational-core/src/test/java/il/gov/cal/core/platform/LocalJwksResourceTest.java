package il.gov.cal.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.security.identity.LocalTokenIssuer;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalJwksResourceTest {

  @TempDir Path keys;

  @Test
  void theKeySetIsServedUnderDevAndTest() {
    LocalTokenIssuer.open(keys, "https://cc.local", "cal");

    assertThat(LocalJwksResource.localJwks("dev", Optional.of(keys.toString()))).isPresent();
    assertThat(LocalJwksResource.localJwks("test", Optional.of(keys.toString()))).isPresent();
  }

  @Test
  void theKeySetIsRefusedUnderBetaProdAndNoProfile() {
    LocalTokenIssuer.open(keys, "https://cc.local", "cal");

    for (String profile : new String[] {"beta", "prod", ""}) {
      assertThat(LocalJwksResource.localJwks(profile, Optional.of(keys.toString())))
          .as(profile)
          .isEmpty();
    }
  }

  @Test
  void theLocalIssuerItselfRefusesTheProdProfile() {
    assertThatThrownBy(() -> LocalTokenIssuer.requireAllowed("prod"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LocalTokenIssuer.requireAllowed("beta"))
        .isInstanceOf(IllegalStateException.class);
  }
}
