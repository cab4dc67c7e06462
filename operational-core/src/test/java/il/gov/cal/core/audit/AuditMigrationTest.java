package il.gov.cal.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.audit.JdbcAuditTrail;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuditMigrationTest {

  @Test
  void coreMigrationCreatesTheAuditTableExactlyAsTheSecurityModuleDefinesIt() throws IOException {
    assertThat(read("db/core/V2__audit_event.sql")).isEqualTo(read(JdbcAuditTrail.DDL_RESOURCE));
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = AuditMigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
