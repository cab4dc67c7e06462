package il.gov.cal.cdc.projection;

import static il.gov.cal.cdc.projection.Column.bigint;
import static il.gov.cal.cdc.projection.Column.instant;
import static il.gov.cal.cdc.projection.Column.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code budget} into {@code ods_budget} and the {@code budgets} document: allocated, spent,
 * refunded and remaining amounts in minor units with their exact decimal text.
 */
public final class BudgetProjection implements Projection {

  private static final List<Column> COLUMNS =
      List.of(
          bigint("id"),
          bigint("org_id"),
          bigint("unit_id"),
          bigint("fiscal_year"),
          bigint("fiscal_month"),
          string("period_key"),
          string("currency"),
          bigint("allocated_minor"),
          bigint("spent_minor"),
          bigint("refunded_minor"),
          bigint("version"),
          instant("created_at"),
          instant("updated_at"));

  @Override
  public String sourceTable() {
    return "budget";
  }

  @Override
  public String odsTable() {
    return "ods_budget";
  }

  @Override
  public String index() {
    return "budgets";
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
        "fiscal_year",
        "fiscal_month",
        "period_key",
        "currency",
        "allocated_minor",
        "spent_minor",
        "refunded_minor",
        "version",
        "created_at",
        "updated_at");
    String currency = (String) row.get("currency");
    Long allocated = (Long) row.get("allocated_minor");
    Long spent = (Long) row.get("spent_minor");
    Long refunded = (Long) row.get("refunded_minor");
    Long remaining =
        allocated == null || spent == null || refunded == null
            ? null
            : allocated - spent + refunded;
    doc.put("remaining_minor", remaining);
    doc.put("allocated", Documents.decimal(allocated, currency));
    doc.put("spent", Documents.decimal(spent, currency));
    doc.put("refunded", Documents.decimal(refunded, currency));
    doc.put("remaining", Documents.decimal(remaining, currency));
    Documents.unitFields("unit", (Long) row.get("unit_id"), refs, doc);
    return doc;
  }
}
