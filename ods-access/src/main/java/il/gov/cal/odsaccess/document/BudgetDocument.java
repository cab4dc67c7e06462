package il.gov.cal.odsaccess.document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A unit's budget for one fiscal period as stored in {@code cal-budgets}, with the unit's name and
 * path copied in. {@code fiscalMonth} is null for a whole-year budget; {@code periodKey} is {@code
 * yyyy-MM}, with month {@code 00} for the year.
 *
 * <p>{@code spentMinor} and {@code refundedMinor} are the core's budget row columns as streamed,
 * which the core does not maintain: it sums a budget's transactions when asked. Read them as
 * nothing; a budget's figures come from {@code cal-transactions} through {@link
 * il.gov.cal.odsaccess.budget.BudgetTotalsSearch}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetDocument(
    long id,
    long orgId,
    long unitId,
    String unitName,
    String unitPath,
    int fiscalYear,
    Integer fiscalMonth,
    String periodKey,
    String currency,
    long allocatedMinor,
    long spentMinor,
    long refundedMinor) {
  /** The indexed field names, as queries name them. */
  public static final class Fields {
    public static final String ORG_ID = "org_id";
    public static final String UNIT_ID = "unit_id";
    public static final String UNIT_PATH = "unit_path";
    public static final String UNIT_PATH_IDS = "unit_path_ids";
    public static final String PERIOD_KEY = "period_key";

    private Fields() {}
  }
}
