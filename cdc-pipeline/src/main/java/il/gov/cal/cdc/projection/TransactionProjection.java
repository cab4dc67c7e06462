package il.gov.cal.cdc.projection;

import static il.gov.cal.cdc.projection.Column.bigint;
import static il.gov.cal.cdc.projection.Column.date;
import static il.gov.cal.cdc.projection.Column.instant;
import static il.gov.cal.cdc.projection.Column.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code card_transaction} into {@code ods_transaction} and the denormalised {@code transactions}
 * document: the card's last four digits, the cardholder's id and name, and the unit the card is
 * charged to (id, name, path ids and names), plus amounts in minor units with their exact decimal
 * text. The card's issuer token never appears.
 */
public final class TransactionProjection implements Projection {

  private static final List<Column> COLUMNS =
      List.of(
          bigint("id"),
          bigint("org_id"),
          bigint("card_id"),
          string("issuer_ref"),
          string("kind"),
          string("type_code"),
          date("transaction_date"),
          date("posting_date"),
          bigint("original_amount_minor"),
          string("original_currency"),
          bigint("billing_amount_minor"),
          string("billing_currency"),
          string("merchant_name"),
          string("merchant_city"),
          string("merchant_country"),
          string("mcc"),
          string("mcc_description"),
          string("status"),
          bigint("import_id"),
          instant("created_at"),
          instant("updated_at"));

  @Override
  public String sourceTable() {
    return "card_transaction";
  }

  @Override
  public String odsTable() {
    return "ods_transaction";
  }

  @Override
  public String index() {
    return "transactions";
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public Map<String, Object> document(Map<String, Object> row, References refs) {
    Map<String, Object> doc = new LinkedHashMap<>();
    Documents.copy(
        row,
        doc,
        "id",
        "org_id",
        "issuer_ref",
        "kind",
        "type_code",
        "transaction_date",
        "posting_date",
        "original_amount_minor",
        "original_currency",
        "billing_amount_minor",
        "billing_currency",
        "status",
        "import_id",
        "created_at",
        "updated_at");
    doc.put(
        "original_amount",
        Documents.decimal(
            (Long) row.get("original_amount_minor"), (String) row.get("original_currency")));
    doc.put(
        "billing_amount",
        Documents.decimal(
            (Long) row.get("billing_amount_minor"), (String) row.get("billing_currency")));
    Map<String, Object> merchant = new LinkedHashMap<>();
    merchant.put("name", row.get("merchant_name"));
    merchant.put("city", row.get("merchant_city"));
    merchant.put("country", row.get("merchant_country"));
    merchant.put("mcc", row.get("mcc"));
    merchant.put("mcc_description", row.get("mcc_description"));
    doc.put("merchant", merchant);
    Long cardId = (Long) row.get("card_id");
    doc.put("card_id", cardId);
    Long unitId = null;
    Map<String, Object> card = cardId == null ? null : refs.card(cardId).orElse(null);
    if (card != null) {
      doc.put("card_last4", card.get("last4"));
      unitId = (Long) card.get("unit_id");
      Long holderId = (Long) card.get("cardholder_id");
      doc.put("cardholder_id", holderId);
      if (holderId != null) {
        refs.cardholder(holderId)
            .ifPresent(
                holder -> {
                  doc.put("cardholder_name", CardholderProjection.fullName(holder));
                  doc.put("cardholder_unit_id", holder.get("unit_id"));
                });
      }
    }
    Documents.unitFields("unit", unitId, refs, doc);
    return doc;
  }
}
