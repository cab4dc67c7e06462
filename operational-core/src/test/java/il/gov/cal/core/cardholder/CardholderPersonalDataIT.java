package il.gov.cal.core.cardholder;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.core.api.CoreClient;
import il.gov.cal.core.api.CoreClient.Reply;
import il.gov.cal.localstack.TestStack;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cardholder personal data and card issuer tokens are stored only as ciphertext (and a blind
 * index); personal data is read back only by its own row.
 */
class CardholderPersonalDataIT {

  private static final String NATIONAL_ID = "123456782";
  private static final String EMAIL = "noa.personal@example.gov.il";
  private static final String PHONE = "+972527654321";

  @Test
  void storedColumnsHoldOnlyCiphertextAndTheOwnerReadsEmailPhoneAndAMaskedNationalId()
      throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    long holder = enrol(org, org.createUnit("PD-1", null), "PD-H1", NATIONAL_ID, EMAIL, PHONE);

    List<byte[]> stored = new ArrayList<>();
    String index;
    try (Connection db = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement read =
            db.prepareStatement(
                "SELECT national_id_enc, email_enc, phone_enc, national_id_idx"
                    + " FROM cardholder WHERE id = ?")) {
      read.setLong(1, holder);
      try (ResultSet row = read.executeQuery()) {
        assertThat(row.next()).isTrue();
        for (int column = 1; column <= 3; column++) {
          stored.add(row.getBytes(column));
        }
        index = row.getString(4);
      }
    }
    for (byte[] ciphertext : stored) {
      assertThat(ciphertext).isNotNull().hasSizeGreaterThan(64);
      String raw = new String(ciphertext, StandardCharsets.ISO_8859_1);
      assertThat(raw).doesNotContain(NATIONAL_ID, "23456782", EMAIL, "noa.personal", PHONE);
      assertThat(raw).doesNotContain("527654321");
    }
    assertThat(index).matches("[0-9a-f]{64}").doesNotContain(NATIONAL_ID);

    Reply read = org.get("/cardholders/" + holder);

    JsonObject view = read.expect(200);
    assertThat(view.getString("personalData")).isEqualTo("AVAILABLE");
    assertThat(view.getString("email")).isEqualTo(EMAIL);
    assertThat(view.getString("phone")).isEqualTo(PHONE);
    assertThat(view.getString("nationalIdMasked")).isEqualTo("******782");
    assertThat(read.body()).doesNotContain(NATIONAL_ID).doesNotContain("23456782");
  }

  @Test
  void searchByNationalIdFindsTheCardholderThroughTheBlindIndexInTheOwnOrganisationOnly()
      throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    CoreClient other = CoreClient.forNewOrganisation();
    long unit = org.createUnit("PD-2", null);
    long holder = enrol(org, unit, "PD-H2", "000000026", null, null);
    enrol(org, unit, "PD-H3", "000000018", null, null);
    enrol(other, other.createUnit("PD-3", null), "PD-H4", "000000026", null, null);

    Reply found = org.post("/cardholders/search", "{\"nationalId\":\"26\"}");

    var items = found.expect(200).getJsonArray("items");
    assertThat(items).hasSize(1);
    assertThat(items.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(holder);
    assertThat(found.body()).doesNotContain("000000026");
    assertThat(
            org.post("/cardholders/search", "{\"nationalId\":\"000000034\"}")
                .expect(200)
                .getJsonArray("items"))
        .isEmpty();
    assertThat(org.post("/cardholders/search", "{\"nationalId\":\"123456789\"}").status())
        .isEqualTo(400);
  }

  @Test
  void ciphertextCopiedIntoAnotherOrganisationsRowDoesNotDecryptAndReadsAsUnavailable()
      throws Exception {
    CoreClient a = CoreClient.forNewOrganisation();
    CoreClient b = CoreClient.forNewOrganisation();
    long holderOfA = enrol(a, a.createUnit("PD-A", null), "PD-HA", NATIONAL_ID, EMAIL, PHONE);
    long holderOfB =
        enrol(b, b.createUnit("PD-B", null), "PD-HB", "000000018", "b@example.gov.il", null);
    try (Connection db = TestStack.database().connectAsAdmin("cal_core")) {
      byte[][] ofA = new byte[3][];
      try (PreparedStatement read =
          db.prepareStatement(
              "SELECT national_id_enc, email_enc, phone_enc FROM cardholder WHERE id = ?")) {
        read.setLong(1, holderOfA);
        try (ResultSet row = read.executeQuery()) {
          row.next();
          for (int i = 0; i < 3; i++) {
            ofA[i] = row.getBytes(i + 1);
          }
        }
      }
      try (PreparedStatement copy =
          db.prepareStatement(
              "UPDATE cardholder SET national_id_enc = ?, email_enc = ?, phone_enc = ?"
                  + " WHERE id = ?")) {
        for (int i = 0; i < 3; i++) {
          copy.setBytes(i + 1, ofA[i]);
        }
        copy.setLong(4, holderOfB);
        assertThat(copy.executeUpdate()).isEqualTo(1);
      }
    }

    Reply read = b.get("/cardholders/" + holderOfB);

    JsonObject view = read.expect(200);
    assertThat(view.getString("personalData")).isEqualTo("UNAVAILABLE");
    assertThat(view).doesNotContainKeys("email", "phone", "nationalIdMasked");
    assertThat(read.body()).doesNotContain(EMAIL).doesNotContain(PHONE).doesNotContain("782");
    assertThat(a.get("/cardholders/" + holderOfA).expect(200).getString("email")).isEqualTo(EMAIL);
  }

  @Test
  void cardIssuerTokenIsStoredOnlyAsCiphertextAndBlindIndexAndIsUniqueAcrossOrganisations()
      throws Exception {
    CoreClient org = CoreClient.forNewOrganisation();
    CoreClient other = CoreClient.forNewOrganisation();
    long unit = org.createUnit("PD-C", null);
    long card =
        org.post("/cards", "{\"unitId\":" + unit + ",\"product\":\"VIRTUAL\"}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();
    String token = "tokPD" + UUID.randomUUID().toString().replace("-", "");
    String issued = "{\"issuerToken\":\"" + token + "\",\"last4\":\"4242\",\"expiry\":\"2030-01\"}";

    Reply issuance = org.post("/cards/" + card + "/issuance", issued);

    assertThat(issuance.expect(200).getString("status")).isEqualTo("ISSUED");
    assertThat(issuance.body()).doesNotContain(token);
    assertThat(org.get("/cards/" + card).body()).doesNotContain(token);
    List<String> columns = new ArrayList<>();
    try (Connection db = TestStack.database().connectAsAdmin("cal_core");
        PreparedStatement read = db.prepareStatement("SELECT * FROM card WHERE id = ?")) {
      read.setLong(1, card);
      try (ResultSet row = read.executeQuery()) {
        assertThat(row.next()).isTrue();
        ResultSetMetaData meta = row.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnName(i));
          byte[] value = row.getBytes(i);
          if (value != null) {
            assertThat(new String(value, StandardCharsets.ISO_8859_1))
                .as(meta.getColumnName(i))
                .doesNotContainIgnoringCase(token)
                .doesNotContainIgnoringCase(token.substring(5, 21));
          }
        }
        assertThat(row.getString("issuer_token_idx")).matches("[0-9a-f]{64}");
        assertThat(row.getBytes("issuer_token_enc")).hasSizeGreaterThan(64);
      }
    }
    assertThat(columns).contains("issuer_token_idx", "issuer_token_enc");
    assertThat(columns).doesNotContain("issuer_token");

    long otherCard =
        other
            .post(
                "/cards",
                "{\"unitId\":" + other.createUnit("PD-D", null) + ",\"product\":\"VIRTUAL\"}")
            .expect(201)
            .getJsonNumber("id")
            .longValue();
    Reply taken = other.post("/cards/" + otherCard + "/issuance", issued);

    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().getString("code")).isEqualTo("card.token-taken");
    assertThat(taken.body()).doesNotContain(token);
  }

  static long enrol(
      CoreClient org, long unit, String ref, String nationalId, String email, String phone)
      throws Exception {
    return org.post(
            "/cardholders",
            "{\"unitId\":"
                + unit
                + ",\"externalRef\":\""
                + ref
                + "\",\"firstName\":\"Noa\",\"lastName\":\"Cohen\",\"nationalId\":\""
                + nationalId
                + "\""
                + (email == null ? "" : ",\"email\":\"" + email + "\"")
                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"")
                + "}")
        .expect(201)
        .getJsonNumber("id")
        .longValue();
  }
}
