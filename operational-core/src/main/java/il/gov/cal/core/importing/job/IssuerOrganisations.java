package il.gov.cal.core.importing.job;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Finds the organisation an issuer file belongs to by the company id in its header, and creates one
 * for an unknown company when the configuration allows it (dev and test, so that generated files
 * load into an empty database).
 */
@ApplicationScoped
public class IssuerOrganisations {

  @Resource(lookup = "jdbc/core")
  private DataSource dataSource;

  /** The organisation with this issuer company id, if registered. */
  public OptionalLong find(String companyId) {
    String select = "SELECT id FROM organisation WHERE issuer_company_id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(select)) {
      s.setString(1, companyId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not look an organisation up", e);
    }
  }

  /**
   * The organisation with this company id, registered now if unknown under code {@code
   * ISSUER-<companyId>}. Two imports racing for the same company end with one organisation.
   */
  public long findOrRegister(String companyId) {
    OptionalLong known = find(companyId);
    if (known.isPresent()) {
      return known.getAsLong(); // an ignored insert would still use up an id
    }
    String insert =
        "INSERT IGNORE INTO organisation (code, name, issuer_company_id) VALUES (?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(insert)) {
      s.setString(1, "ISSUER-" + companyId);
      s.setString(2, "Issuer company " + companyId);
      s.setString(3, companyId);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not register an organisation", e);
    }
    return find(companyId).orElseThrow();
  }
}
