package il.gov.cal.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.core.api.CoreClient.Reply;
import il.gov.cal.localstack.TestStack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Commands and reads of personal data leave audit rows, refusals included, with no values. */
class AuditTrailIT {

  @Test
  void freezingACardWritesASuccessRowAndARefusedTransitionWritesAFailureRow() throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    long unit = org.createUnit("AU-1", null);
    long card = activeCard(org, unit);

    Reply frozen = org.post("/cards/" + card + "/freeze");
    Reply refused = org.post("/cards/" + card + "/activation");

    assertThat(frozen.status()).isEqualTo(200);
    assertThat(refused.status()).isEqualTo(409);
    List<Map<String, Object>> rows = rows(org.organisationId(), "card-" + card);
    Map<String, Object> freeze = only(rows, "card.freeze", "SUCCESS");
    assertThat((String) freeze.get("actor")).startsWith("it-");
    assertThat(freeze.get("target_type")).isEqualTo("card");
    assertThat(freeze.get("occurred_at")).isNotNull();
    assertThat(freeze.get("correlation_id"))
        .isEqualTo(frozen.raw().headers().firstValue("X-Correlation-Id").orElseThrow());
    Map<String, Object> activation = only(rows, "card.activate", "FAILURE");
    assertThat(activation.get("correlation_id"))
        .isEqualTo(refused.raw().headers().firstValue("X-Correlation-Id").orElseThrow());
  }

  @Test
  void readingPersonalDataAndSearchingByNationalIdAreRecordedWithoutTheValues() throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    long unit = org.createUnit("AU-2", null);
    long holder = enrol(org, unit);

    org.get("/cardholders/" + holder).expect(200);
    org.post("/cardholders/search", "{\"nationalId\":\"123456782\"}").expect(200);

    List<Map<String, Object>> rows = rows(org.organisationId(), "cardholder-" + holder);
    assertThat(rows)
        .extracting(r -> r.get("action"))
        .contains(
            "cardholder.enrol", "cardholder.personal-data.read", "cardholder.national-id.search");
    assertThat(rows.toString())
        .doesNotContain("123456782")
        .doesNotContain("audit.person@example.gov.il")
        .doesNotContain("972501112223");
  }

  private static long activeCard(CoreClient org, long unit) throws Exception {
    long holder = enrol(org, unit);
    long card =
        org.post(
                "/cards",
                "{\"unitId\":" + unit + ",\"product\":\"VIRTUAL\",\"cardholderId\":" + holder + "}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();
    org.post(
            "/cards/" + card + "/issuance",
            "{\"issuerToken\":\"tok-audit-"
                + card
                + "\",\"last4\":\"4242\",\"expiry\":\"2030-01\"}")
        .expect(200);
    org.post("/cards/" + card + "/activation").expect(200);
    return card;
  }

  private static long enrol(CoreClient org, long unit) throws Exception {
    return org.post(
            "/cardholders",
            "{\"unitId\":"
                + unit
                + ",\"externalRef\":\"AU-H\",\"firstName\":\"Avi\",\"lastName\":\"Mor\","
                + "\"nationalId\":\"123456782\",\"email\":\"audit.person@example.gov.il\","
                + "\"phone\":\"+972501112223\"}")
        .expect(201)
        .getJsonNumber("id")
        .longValue();
  }

  private static Map<String, Object> only(
      List<Map<String, Object>> rows, String action, String outcome) {
    List<Map<String, Object>> matching =
        rows.stream()
            .filter(r -> action.equals(r.get("action")) && outcome.equals(r.get("outcome")))
            .toList();
    assertThat(matching).as(action + " " + outcome).hasSize(1);
    return matching.get(0);
  }

  private static List<Map<String, Object>> rows(long organisationId, String targetId)
      throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection db = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement read =
            db.prepareStatement(
                "SELECT * FROM audit_event WHERE org_id = ? AND target_id = ? ORDER BY id")) {
      read.setLong(1, organisationId);
      read.setString(2, targetId);
      try (ResultSet row = read.executeQuery()) {
        while (row.next()) {
          Map<String, Object> values = new LinkedHashMap<>();
          for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
            values.put(row.getMetaData().getColumnLabel(c), row.getObject(c));
          }
          rows.add(values);
        }
      }
    }
    return rows;
  }
}
