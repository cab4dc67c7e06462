package il.gov.cal.odsquery.caller;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.identity.Role;
import org.junit.jupiter.api.Test;

class OdsRolesTest {

  @Test
  void theConstantsAreTheRolesGroupNames() {
    assertThat(OdsRoles.PLATFORM_ADMIN).isEqualTo(Role.PLATFORM_ADMIN.groupName());
    assertThat(OdsRoles.ORG_ADMIN).isEqualTo(Role.ORG_ADMIN.groupName());
    assertThat(OdsRoles.FINANCE_MANAGER).isEqualTo(Role.FINANCE_MANAGER.groupName());
    assertThat(OdsRoles.UNIT_MANAGER).isEqualTo(Role.UNIT_MANAGER.groupName());
    assertThat(OdsRoles.ANALYST).isEqualTo(Role.ANALYST.groupName());
  }
}
