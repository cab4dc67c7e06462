package il.gov.cal.cdc.projection;

import static il.gov.cal.cdc.projection.Column.bigint;
import static il.gov.cal.cdc.projection.Column.instant;
import static il.gov.cal.cdc.projection.Column.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code card} into {@code ods_card} and the {@code cards} document. Only the last four digits
 * identify the card; the issuer token is not a column of this projection.
 */
public final class CardProjection implements Projection {

  private static final List<Column> COLUMNS =
      List.of(
          bigint("id"),
          bigint("org_id"),
          bigint("cardholder_id"),
          bigint("unit_id"),
          string("last4"),
          string("expiry"),
          string("product"),
          string("status"),
          bigint("version"),
          instant("created_at"),
          instant("updated_at"));

  @Override
  public String sourceTable() {
    return "card";
  }

  @Override
  public String odsTable() {
    return "ods_card";
  }

  @Override
  public String index() {
    return "cards";
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
        "cardholder_id",
        "last4",
        "expiry",
        "product",
        "status",
        "version",
        "created_at",
        "updated_at");
    Long holderId = (Long) row.get("cardholder_id");
    if (holderId != null) {
      refs.cardholder(holderId)
          .ifPresent(holder -> doc.put("cardholder_name", CardholderProjection.fullName(holder)));
    }
    Documents.unitFields("unit", (Long) row.get("unit_id"), refs, doc);
    return doc;
  }
}
