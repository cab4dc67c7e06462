package il.gov.cal.odsaccess.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import il.gov.cal.odsaccess.search.OdsSearchClientProducer;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;

class DocumentReadingTest {

  /**
   * A stored transaction as the pipeline writes it: fields the record does not hold come first, in
   * between and last, of every JSON kind, nested ones included.
   */
  private static final String STORED =
      """
      {"issuer_ref":"REF-1","id":4530028,"type_code":"05","org_id":17,
       "original_amount":"1.00","original_amount_minor":-100,"original_currency":"ILS",
       "billing_amount_minor":9007199254740993,"billing_currency":"ILS","billing_amount":"x",
       "merchant":{"name":"Merchant 1464 hotel","terminal":{"id":7,"tags":["a"]},"city":"Jerusalem",
                   "country":"376","mcc":"5812","mcc_description":"Category 5812","open":true},
       "status":"POSTED","card_id":45737,"card_last4":"5737","cardholder_id":1045737,
       "cardholder_name":"Holder 45737","unit_id":17023,"unit_name":"Section 2.3",
       "unit_path":"/17000/17020/17023/","unit_path_ids":[17000,17020,17023],
       "unit_path_names":["Ministry","Division"],"kind":"PURCHASE","transaction_date":"2024-12-14",
       "posting_date":null,"source_position":{"file":"b.000001","pos":4},"deleted":false}
      """;

  /**
   * The documents' mapper with unknown properties refused: what passes it skips the fields a record
   * does not hold by the record's own annotation, the way that does not buffer them first.
   */
  private static ObjectMapper strict() {
    return OdsSearchClientProducer.documentMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  @Test
  void aStoredTransactionIsReadWithEveryFieldTheRecordHoldsAndTheRestSkipped() throws Exception {
    TransactionDocument doc = strict().readValue(STORED, TransactionDocument.class);

    assertThat(doc.id()).isEqualTo(4530028);
    assertThat(doc.orgId()).isEqualTo(17);
    assertThat(doc.originalAmountMinor()).isEqualTo(-100);
    assertThat(doc.billingAmountMinor()).isEqualTo(9007199254740993L);
    assertThat(doc.merchant())
        .isEqualTo(
            new TransactionDocument.Merchant(
                "Merchant 1464 hotel", "Jerusalem", "376", "5812", "Category 5812"));
    assertThat(doc.unitPathIds()).containsExactly(17000L, 17020L, 17023L);
    assertThat(doc.kind()).isEqualTo("PURCHASE");
    assertThat(doc.transactionDate()).isEqualTo("2024-12-14");
    assertThat(doc.postingDate()).isNull();
  }

  @Test
  void theSearchClientsMapperReadsTheSameDocument() {
    JsonpMapper mapper = new JacksonJsonpMapper(OdsSearchClientProducer.documentMapper());

    TransactionDocument doc =
        mapper.deserialize(
            mapper.jsonProvider().createParser(new StringReader(STORED)),
            TransactionDocument.class);

    assertThat(doc.cardholderName()).isEqualTo("Holder 45737");
    assertThat(doc.billingAmountMinor()).isEqualTo(9007199254740993L);
    assertThat(doc.unitPathIds()).isEqualTo(List.of(17000L, 17020L, 17023L));
  }

  @Test
  void cardAndBudgetDocumentsSkipWhatTheyDoNotHold() throws Exception {
    CardDocument card =
        strict()
            .readValue(
                "{\"issuer_token_idx\":\"never here\",\"id\":5,\"org_id\":2,\"unit_id\":9,"
                    + "\"last4\":\"0005\",\"extra\":{\"a\":[1,2]},\"status\":\"ACTIVE\"}",
                CardDocument.class);

    assertThat(card.id()).isEqualTo(5);
    assertThat(card.last4()).isEqualTo("0005");
    assertThat(card.status()).isEqualTo("ACTIVE");

    BudgetDocument budget =
        strict()
            .readValue(
                "{\"id\":3,\"source_position\":\"b.1:4\",\"org_id\":2,\"unit_id\":9,"
                    + "\"period_key\":\"2025-04\",\"currency\":\"ILS\","
                    + "\"allocated_minor\":1000000,\"spent_minor\":5}",
                BudgetDocument.class);

    assertThat(budget.id()).isEqualTo(3);
    assertThat(budget.allocatedMinor()).isEqualTo(1_000_000);
  }
}
