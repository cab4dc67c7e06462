package il.gov.cal.odsquery.transaction;

import il.gov.cal.odsaccess.document.TransactionDocument.Fields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * A validated set of transaction filters, always confined to one organisation. Every listing,
 * aggregation and export of the service runs {@link #toQuery()}, so the same filters mean the same
 * transactions everywhere. Absent filters are null or empty.
 *
 * <p>A unit filter takes in its sub-units: it matches every transaction whose unit path contains
 * the unit. Amounts compare the billing amount, in minor units of the billing currency; {@code
 * currency} is the original (transaction) currency.
 *
 * <p>{@code scopeUnitId}, when set, is the unit subtree the caller is confined to (a unit
 * manager's): it applies on top of every other filter, the unit filter included, so a filter naming
 * a unit outside the subtree matches nothing.
 */
public record TransactionFilter(
    long orgId,
    Long unitId,
    Long cardholderId,
    Long cardId,
    DateField dateField,
    LocalDate from,
    LocalDate to,
    Long minAmountMinor,
    Long maxAmountMinor,
    String currency,
    List<String> mccs,
    String category,
    String merchant,
    List<String> statuses,
    List<String> kinds,
    Long scopeUnitId) {

  /** Copies the lists. */
  public TransactionFilter {
    mccs = List.copyOf(mccs);
    statuses = List.copyOf(statuses);
    kinds = List.copyOf(kinds);
  }

  /** A filter for a caller who sees the whole organisation. */
  public TransactionFilter(
      long orgId,
      Long unitId,
      Long cardholderId,
      Long cardId,
      DateField dateField,
      LocalDate from,
      LocalDate to,
      Long minAmountMinor,
      Long maxAmountMinor,
      String currency,
      List<String> mccs,
      String category,
      String merchant,
      List<String> statuses,
      List<String> kinds) {
    this(
        orgId,
        unitId,
        cardholderId,
        cardId,
        dateField,
        from,
        to,
        minAmountMinor,
        maxAmountMinor,
        currency,
        mccs,
        category,
        merchant,
        statuses,
        kinds,
        null);
  }

  /**
   * The OpenSearch query: filters only, the merchant's full-text match included, so nothing is
   * scored and every clause can be served from the node's query cache.
   */
  public Query toQuery() {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    bool.filter(term(Fields.ORG_ID, FieldValue.of(orgId)));
    if (scopeUnitId != null) {
      bool.filter(term(Fields.UNIT_PATH_IDS, FieldValue.of(scopeUnitId)));
    }
    if (unitId != null) {
      bool.filter(term(Fields.UNIT_PATH_IDS, FieldValue.of(unitId)));
    }
    if (cardholderId != null) {
      bool.filter(term(Fields.CARDHOLDER_ID, FieldValue.of(cardholderId)));
    }
    if (cardId != null) {
      bool.filter(term(Fields.CARD_ID, FieldValue.of(cardId)));
    }
    if (from != null || to != null) {
      bool.filter(
          Query.of(
              q ->
                  q.range(
                      r -> {
                        r.field(dateField.field());
                        if (from != null) {
                          r.gte(JsonData.of(from.toString()));
                        }
                        if (to != null) {
                          r.lte(JsonData.of(to.toString()));
                        }
                        return r;
                      })));
    }
    if (minAmountMinor != null || maxAmountMinor != null) {
      bool.filter(
          Query.of(
              q ->
                  q.range(
                      r -> {
                        r.field(Fields.BILLING_AMOUNT_MINOR);
                        if (minAmountMinor != null) {
                          r.gte(JsonData.of(minAmountMinor));
                        }
                        if (maxAmountMinor != null) {
                          r.lte(JsonData.of(maxAmountMinor));
                        }
                        return r;
                      })));
    }
    if (currency != null) {
      bool.filter(term(Fields.ORIGINAL_CURRENCY, FieldValue.of(currency)));
    }
    if (!mccs.isEmpty()) {
      bool.filter(terms(Fields.MCC, mccs));
    }
    if (category != null) {
      bool.filter(
          Query.of(
              q -> q.match(m -> m.field(Fields.MCC_DESCRIPTION).query(FieldValue.of(category)))));
    }
    if (merchant != null) {
      // Filter context too: every listing is sorted by a field, never by relevance, so a score
      // would be computed for nothing, and a filter's matches can be cached per segment.
      bool.filter(
          Query.of(
              q ->
                  q.match(
                      m ->
                          m.field(Fields.MERCHANT_NAME)
                              .query(FieldValue.of(merchant))
                              .operator(Operator.And))));
    }
    if (!statuses.isEmpty()) {
      bool.filter(terms(Fields.STATUS, statuses));
    }
    if (!kinds.isEmpty()) {
      bool.filter(terms(Fields.KIND, kinds));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  /**
   * A canonical text of every filter, the organisation included: the basis of a cursor's
   * fingerprint, so a cursor cannot be replayed with other filters or by another organisation.
   */
  public String canonical() {
    return String.join(
        "|",
        List.of(
            "org=" + orgId,
            "scope=" + scopeUnitId,
            "unit=" + unitId,
            "holder=" + cardholderId,
            "card=" + cardId,
            "datefield=" + dateField,
            "from=" + from,
            "to=" + to,
            "min=" + minAmountMinor,
            "max=" + maxAmountMinor,
            "cur=" + currency,
            "mcc=" + mccs,
            "cat=" + category,
            "merchant=" + merchant,
            "status=" + statuses,
            "kind=" + kinds));
  }

  private static Query term(String field, FieldValue value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }

  private static Query terms(String field, List<String> values) {
    List<FieldValue> fieldValues = new ArrayList<>();
    values.forEach(v -> fieldValues.add(FieldValue.of(v)));
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
  }
}
