package il.gov.cal.core.audit;

import il.gov.cal.security.audit.AuditEvent;
import il.gov.cal.security.audit.AuditTrail;
import il.gov.cal.security.audit.JdbcAuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import javax.sql.DataSource;

/**
 * Writes audit events to {@code jdbc/core} through the security module's {@link JdbcAuditTrail},
 * either in the caller's transaction or in one of their own.
 */
@ApplicationScoped
public class AuditWriter {

  @Resource(lookup = "jdbc/core")
  private DataSource dataSource;

  private AuditTrail trail;

  @PostConstruct
  void open() {
    trail = new JdbcAuditTrail(dataSource);
  }

  /** Writes the event in the current transaction, so that it commits only with the change. */
  @Transactional(TxType.REQUIRED)
  public void withTheChange(AuditEvent event) {
    trail.record(event);
  }

  /** Writes the event in a new transaction, which commits even if the caller's rolls back. */
  @Transactional(TxType.REQUIRES_NEW)
  public void onItsOwn(AuditEvent event) {
    trail.record(event);
  }
}
