package il.gov.cal.core.importing.job;

import il.gov.cal.core.card.domain.SealedToken;
import il.gov.cal.core.card.persistence.IssuerTokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts the master data of one organisation's file (units, cardholders, cards) and resolves card
 * tokens, remembering the ids it saw. One instance serves one step execution; each call writes on
 * the connection of the current chunk, so a rolled-back chunk leaves nothing behind but entries in
 * these maps, which is why an instance never outlives its step (a failed chunk fails the step).
 *
 * <p>Units are created as roots named by their code: the file names a hierarchy node but not its
 * parent, so placing new units in the tree is left to the unit API. Cardholders are updated to the
 * file's names and unit; cards keep their status and unit (the portal owns both) and follow the
 * file's cardholder.
 *
 * <p>Cards are found by the blind index of their issuer token ({@code issuer_token_idx}, one HMAC
 * per record); a stored token is never decrypted here. A new card's token is encrypted once, for
 * its INSERT.
 */
final class MasterData {

  private record Holder(long id, long unitId) {}

  private final long organisationId;
  private final IssuerTokens tokens;
  private final Map<String, Long> units = new HashMap<>();
  private final Map<String, Holder> holders = new HashMap<>();
  private final Map<String, Long> cards = new HashMap<>();

  MasterData(long organisationId, IssuerTokens tokens) {
    this.organisationId = organisationId;
    this.tokens = tokens;
  }

  long organisationId() {
    return organisationId;
  }

  /** Creates or updates the cardholder; returns null if applied, else the rejection reason. */
  String upsertCardholder(Connection c, ImportItem.Cardholder item) throws SQLException {
    long unitId = unit(c, item.unitCode());
    String upsert =
        "INSERT INTO cardholder (org_id, unit_id, external_ref, employee_id, first_name,"
            + " last_name, status) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE') ON DUPLICATE KEY UPDATE"
            + " unit_id = VALUES(unit_id), employee_id = VALUES(employee_id),"
            + " first_name = VALUES(first_name), last_name = VALUES(last_name),"
            + " version = version + 1";
    try (PreparedStatement s = c.prepareStatement(upsert)) {
      s.setLong(1, organisationId);
      s.setLong(2, unitId);
      s.setString(3, item.externalRef());
      s.setString(4, item.employeeId());
      s.setString(5, item.firstName());
      s.setString(6, item.lastName());
      s.executeUpdate();
    }
    holders.remove(item.externalRef());
    return null;
  }

  /** Creates or updates the card; returns null if applied, else the rejection reason. */
  String upsertCard(Connection c, ImportItem.Card item) throws SQLException {
    Holder holder = holder(c, item.cardholderRef());
    if (holder == null) {
      return "unknown cardholder " + item.cardholderRef();
    }
    String index = tokens.index(item.token());
    Long cardId = null;
    try (PreparedStatement s =
        c.prepareStatement("SELECT id, org_id FROM card WHERE issuer_token_idx = ?")) {
      s.setString(1, index);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          if (rs.getLong(2) != organisationId) {
            return "card account belongs to another organisation";
          }
          cardId = rs.getLong(1);
        }
      }
    }
    if (cardId == null) {
      cardId = insertCard(c, item, holder, tokens.seal(organisationId, item.token()));
    } else {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE card SET cardholder_id = ?, last4 = ?, version = version + 1"
                  + " WHERE id = ? AND (cardholder_id <> ? OR cardholder_id IS NULL)")) {
        s.setLong(1, holder.id());
        s.setString(2, item.last4());
        s.setLong(3, cardId);
        s.setLong(4, holder.id());
        s.executeUpdate();
      }
    }
    cards.put(item.token(), cardId);
    return null;
  }

  /** The ids of this organisation's cards among {@code tokens}; others are absent from the map. */
  Map<String, Long> cardIds(Connection c, Collection<String> tokens) throws SQLException {
    List<String> unknown = new ArrayList<>();
    for (String token : tokens) {
      if (!cards.containsKey(token)) {
        unknown.add(token);
      }
    }
    if (!unknown.isEmpty()) {
      lookUpCards(c, unknown);
    }
    return cards;
  }

  private void lookUpCards(Connection c, List<String> unknown) throws SQLException {
    Map<String, List<String>> byIndex = new HashMap<>();
    for (String token : unknown) {
      byIndex.computeIfAbsent(tokens.index(token), i -> new ArrayList<>()).add(token);
    }
    List<String> indexes = new ArrayList<>(byIndex.keySet());
    String marks = String.join(", ", java.util.Collections.nCopies(indexes.size(), "?"));
    String select =
        "SELECT issuer_token_idx, id FROM card WHERE org_id = ? AND issuer_token_idx IN ("
            + marks
            + ")";
    try (PreparedStatement s = c.prepareStatement(select)) {
      s.setLong(1, organisationId);
      for (int i = 0; i < indexes.size(); i++) {
        s.setString(i + 2, indexes.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(2);
          for (String token : byIndex.get(rs.getString(1))) {
            cards.put(token, id);
          }
        }
      }
    }
  }

  private long insertCard(Connection c, ImportItem.Card item, Holder holder, SealedToken token)
      throws SQLException {
    String insert =
        "INSERT INTO card (org_id, cardholder_id, unit_id, issuer_token_idx, issuer_token_enc,"
            + " last4, product, status) VALUES (?, ?, ?, ?, ?, ?, 'PHYSICAL', 'ACTIVE')";
    try (PreparedStatement s = c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, organisationId);
      s.setLong(2, holder.id());
      s.setLong(3, holder.unitId());
      s.setString(4, token.index());
      s.setBytes(5, token.ciphertext());
      s.setString(6, item.last4());
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private Holder holder(Connection c, String externalRef) throws SQLException {
    Holder cached = holders.get(externalRef);
    if (cached != null) {
      return cached;
    }
    String select = "SELECT id, unit_id FROM cardholder WHERE org_id = ? AND external_ref = ?";
    try (PreparedStatement s = c.prepareStatement(select)) {
      s.setLong(1, organisationId);
      s.setString(2, externalRef);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        Holder holder = new Holder(rs.getLong(1), rs.getLong(2));
        holders.put(externalRef, holder);
        return holder;
      }
    }
  }

  private long unit(Connection c, String code) throws SQLException {
    Long cached = units.get(code);
    if (cached != null) {
      return cached;
    }
    Long known = unitId(c, code);
    if (known != null) {
      units.put(code, known); // looked up first: an ignored insert would still use up an id
      return known;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT IGNORE INTO unit (org_id, code, name, path, depth) VALUES (?, ?, ?, '/', 0)")) {
      s.setLong(1, organisationId);
      s.setString(2, code);
      s.setString(3, code);
      s.executeUpdate();
    }
    long id = unitId(c, code);
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE unit SET path = CONCAT('/', id, '/') WHERE id = ? AND path = '/'")) {
      s.setLong(1, id);
      s.executeUpdate();
    }
    units.put(code, id);
    return id;
  }

  private Long unitId(Connection c, String code) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT id FROM unit WHERE org_id = ? AND code = ?")) {
      s.setLong(1, organisationId);
      s.setString(2, code);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }
}
