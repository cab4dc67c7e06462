package il.gov.cal.security.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.security.testing.MapConfig;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssuerAndAudienceRequirementTest {

  private static final String KEYS = "file:/keys/local-jwt-jwks.json";

  private static Map<String, String> verifying() {
    Map<String, String> settings = new HashMap<>();
    settings.put("mp.jwt.verify.publickey.location", KEYS);
    settings.put("mp.jwt.verify.issuer", "https://cc.test.local");
    settings.put("mp.jwt.verify.audiences", "cal-core-test");
    return settings;
  }

  private static void check(Map<String, String> settings) {
    IssuerAndAudienceRequirement.check(new MapConfig(settings));
  }

  @Test
  void aServiceNamingKeysIssuerAndAudienceStarts() {
    assertThatCode(() -> check(verifying())).doesNotThrowAnyException();
  }

  @Test
  void aServiceThatVerifiesNoTokenNeedsNeither() {
    assertThatCode(() -> check(Map.of("mp.config.profile", "prod"))).doesNotThrowAnyException();
  }

  @Test
  void aMissingIssuerStopsTheStartNamingTheSetting() {
    Map<String, String> settings = verifying();
    settings.remove("mp.jwt.verify.issuer");

    assertThatThrownBy(() -> check(settings))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER) is not set")
        .hasMessageNotContaining("audiences");
  }

  @Test
  void aMissingOrBlankAudienceStopsTheStartNamingTheSetting() {
    Map<String, String> settings = verifying();
    settings.put("mp.jwt.verify.audiences", " , ");

    assertThatThrownBy(() -> check(settings))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mp.jwt.verify.audiences (MP_JWT_VERIFY_AUDIENCES) is not set");
  }

  @Test
  void bothMissingAreBothNamedAndAnInlineKeyCountsAsVerifying() {
    Map<String, String> settings = Map.of("mp.jwt.verify.publickey", "-----BEGIN PUBLIC KEY-----");

    assertThatThrownBy(() -> check(settings))
        .hasMessageContaining("mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER) and")
        .hasMessageContaining("mp.jwt.verify.audiences (MP_JWT_VERIFY_AUDIENCES) are not set")
        .hasMessageContaining(IssuerAndAudienceRequirement.ANY_ISSUER_AND_AUDIENCE + "=true");
  }

  @Test
  void theLocalSwitchLetsADevOrTestServiceStartWithout() {
    for (String profile : new String[] {"dev", "test"}) {
      Map<String, String> settings = new HashMap<>();
      settings.put("mp.jwt.verify.publickey.location", KEYS);
      settings.put("mp.config.profile", profile);
      settings.put(IssuerAndAudienceRequirement.ANY_ISSUER_AND_AUDIENCE, "true");

      assertThatCode(() -> check(settings)).doesNotThrowAnyException();
    }
  }

  @Test
  void theLocalSwitchIsRefusedUnderBetaAndProd() {
    for (String profile : new String[] {"beta", "PROD"}) {
      Map<String, String> settings = new HashMap<>();
      settings.put("mp.jwt.verify.publickey.location", KEYS);
      settings.put("mp.config.profile", profile);
      settings.put(IssuerAndAudienceRequirement.ANY_ISSUER_AND_AUDIENCE, "true");

      assertThatThrownBy(() -> check(settings))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("for local runs only, not profile " + profile)
          .hasMessageContaining("mp.jwt.verify.issuer");
    }
  }

  @Test
  void theSwitchSetToFalseChangesNothing() {
    Map<String, String> settings = new HashMap<>();
    settings.put("mp.jwt.verify.publickey.location", KEYS);
    settings.put(IssuerAndAudienceRequirement.ANY_ISSUER_AND_AUDIENCE, "false");

    assertThatThrownBy(() -> check(settings)).isInstanceOf(IllegalStateException.class);
  }
}
