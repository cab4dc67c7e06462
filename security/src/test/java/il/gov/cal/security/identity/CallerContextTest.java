package il.gov.cal.security.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerContextTest {

  @Test
  void fromReadsSubjectRolesOrganisationUnitAndCardholderFromJsonClaims() {
    FakeToken token =
        new FakeToken()
            .with("sub", "dana")
            .with("groups", Set.of("unit-manager", "cardholder"))
            .with("org", Json.createValue(7))
            .with("unit", Json.createValue(41L))
            .with("unit_path", Json.createValue("1/4/41"))
            .with("cardholder", Json.createValue("1001"));

    CallerContext caller = CallerContext.from(token);

    assertThat(caller)
        .isEqualTo(
            new CallerContext(
                "dana", 7L, Set.of(Role.UNIT_MANAGER, Role.CARDHOLDER), 41L, "1/4/41", 1001L));
  }

  @Test
  void fromAcceptsPlainJavaNumbersAndFallsBackToTheUpnForTheSubject() {
    FakeToken token = new FakeToken().with("upn", "ops").with("org", 3L).with("groups", Set.of());

    CallerContext caller = CallerContext.from(token);

    assertThat(caller.subject()).isEqualTo("ops");
    assertThat(caller.organisationId()).isEqualTo(3L);
    assertThat(caller.unitId()).isNull();
    assertThat(caller.roles()).isEmpty();
  }

  @Test
  void fromIgnoresGroupsThatAreNotPlatformRoles() {
    FakeToken token =
        new FakeToken()
            .with("sub", "x")
            .with("groups", Set.of("Platform-Admin", "admins", "analyst"));

    assertThat(CallerContext.from(token).roles()).containsExactly(Role.ANALYST);
  }

  @Test
  void fromRejectsANonNumericOrganisationClaim() {
    FakeToken token = new FakeToken().with("sub", "x").with("org", Json.createValue("seven"));

    assertThatThrownBy(() -> CallerContext.from(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("org");
  }

  @Test
  void canAccessOrganisationIsTrueOnlyForTheCallersOwnUnlessPlatformAdmin() {
    CallerContext orgAdmin = new CallerContext("a", 7L, Set.of(Role.ORG_ADMIN), null, null, null);
    CallerContext platformAdmin =
        new CallerContext("p", null, Set.of(Role.PLATFORM_ADMIN), null, null, null);
    CallerContext noOrganisation = new CallerContext("s", null, Set.of(), null, null, null);

    assertThat(orgAdmin.canAccessOrganisation(7)).isTrue();
    assertThat(orgAdmin.canAccessOrganisation(8)).isFalse();
    assertThat(platformAdmin.canAccessOrganisation(8)).isTrue();
    assertThat(noOrganisation.canAccessOrganisation(7)).isFalse();
  }

  @Test
  void roleGroupNamesRoundTrip() {
    for (Role role : Role.values()) {
      assertThat(Role.fromGroupName(role.groupName())).contains(role);
    }
    assertThat(Role.PLATFORM_ADMIN.groupName()).isEqualTo("platform-admin");
    assertThat(Role.fromGroupName("PLATFORM_ADMIN")).isEmpty();
  }
}
