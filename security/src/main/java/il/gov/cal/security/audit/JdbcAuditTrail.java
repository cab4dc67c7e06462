package il.gov.cal.security.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Writes audit events to the table {@code audit_event} (DDL: {@code db/audit/audit_event.sql}). It
 * only inserts: there is no update or delete path.
 *
 * <p>Each event takes a connection from the data source; under a container-managed data source
 * inside a transaction, the insert joins that transaction.
 */
public final class JdbcAuditTrail implements AuditTrail {

  /** The DDL resource for the table, for inclusion in a schema migration. */
  public static final String DDL_RESOURCE = "db/audit/audit_event.sql";

  private static final String INSERT =
      "INSERT INTO audit_event (occurred_at, org_id, actor, action, target_type, target_id,"
          + " outcome, correlation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;

  /**
   * A trail over a data source whose schema has the {@code audit_event} table.
   *
   * @param dataSource the data source
   */
  public JdbcAuditTrail(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public void record(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setTimestamp(1, Timestamp.from(event.occurredAt()));
      if (event.organisationId() == null) {
        insert.setNull(2, Types.BIGINT);
      } else {
        insert.setLong(2, event.organisationId());
      }
      insert.setString(3, event.actor());
      insert.setString(4, event.action());
      insert.setString(5, event.targetType());
      insert.setString(6, event.targetId());
      insert.setString(7, event.outcome().name());
      insert.setString(8, event.correlationId());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new AuditTrailException(
          "cannot record audit event action=" + event.action() + " outcome=" + event.outcome(), e);
    }
  }
}
