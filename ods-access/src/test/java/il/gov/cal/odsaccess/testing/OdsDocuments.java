package il.gov.cal.odsaccess.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents shaped like the CDC pipeline's projections, for seeding test indices. Each builder
 * returns a mutable map so a test can change one field.
 */
public final class OdsDocuments {

  private OdsDocuments() {}

  /** A unit in a hierarchy; {@code path} is {@code /1/4/9/}. */
  public record Unit(long id, String name, String path) {

    List<Long> pathIds() {
      List<Long> ids = new ArrayList<>();
      for (String part : path.split("/")) {
        if (!part.isEmpty()) {
          ids.add(Long.parseLong(part));
        }
      }
      return ids;
    }
  }

  /** A transaction document, purchase and posted unless changed. */
  public static Map<String, Object> transaction(
      long id,
      long orgId,
      long cardId,
      Unit unit,
      String merchant,
      String mcc,
      String date,
      long amountMinor,
      String currency) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id);
    doc.put("org_id", orgId);
    doc.put("issuer_ref", "REF-" + id);
    doc.put("kind", amountMinor < 0 ? "REFUND" : "PURCHASE");
    doc.put("type_code", amountMinor < 0 ? "06" : "05");
    doc.put("transaction_date", date);
    doc.put("posting_date", date);
    doc.put("original_amount_minor", amountMinor);
    doc.put("original_currency", currency);
    doc.put("original_amount", BigDecimal.valueOf(amountMinor, 2).toPlainString());
    doc.put("billing_amount_minor", amountMinor);
    doc.put("billing_currency", "ILS");
    doc.put("billing_amount", BigDecimal.valueOf(amountMinor, 2).toPlainString());
    Map<String, Object> merchantDoc = new LinkedHashMap<>();
    merchantDoc.put("name", merchant);
    merchantDoc.put("city", "Jerusalem");
    merchantDoc.put("country", "376");
    merchantDoc.put("mcc", mcc);
    merchantDoc.put("mcc_description", "Category " + mcc);
    doc.put("merchant", merchantDoc);
    doc.put("status", "POSTED");
    doc.put("card_id", cardId);
    doc.put("card_last4", String.format("%04d", cardId % 10000));
    doc.put("cardholder_id", cardId + 1000);
    doc.put("cardholder_name", "Holder " + cardId);
    doc.put("unit_id", unit.id());
    doc.put("unit_name", unit.name());
    doc.put("unit_path", unit.path());
    doc.put("unit_path_ids", unit.pathIds());
    doc.put("unit_path_names", List.of());
    return doc;
  }

  /** A card document, active, expiring {@code 2028-12}. */
  public static Map<String, Object> card(long id, long orgId, long cardholderId, Unit unit) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id);
    doc.put("org_id", orgId);
    doc.put("cardholder_id", cardholderId);
    doc.put("cardholder_name", "Holder " + cardholderId);
    doc.put("last4", String.format("%04d", id % 10000));
    doc.put("expiry", "2028-12");
    doc.put("product", "GOV");
    doc.put("status", "ACTIVE");
    doc.put("version", 1);
    doc.put("unit_id", unit.id());
    doc.put("unit_name", unit.name());
    doc.put("unit_path", unit.path());
    doc.put("unit_path_ids", unit.pathIds());
    return doc;
  }

  /** A budget document for a unit and period key {@code yyyy-MM} ({@code yyyy-00}: the year). */
  public static Map<String, Object> budget(
      long id, long orgId, Unit unit, String periodKey, long allocated, long spent) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id);
    doc.put("org_id", orgId);
    doc.put("fiscal_year", Integer.parseInt(periodKey.substring(0, 4)));
    int month = Integer.parseInt(periodKey.substring(5));
    doc.put("fiscal_month", month == 0 ? null : month);
    doc.put("period_key", periodKey);
    doc.put("currency", "ILS");
    doc.put("allocated_minor", allocated);
    doc.put("spent_minor", spent);
    doc.put("refunded_minor", 0L);
    doc.put("remaining_minor", allocated - spent);
    doc.put("unit_id", unit.id());
    doc.put("unit_name", unit.name());
    doc.put("unit_path", unit.path());
    doc.put("unit_path_ids", unit.pathIds());
    return doc;
  }
}
