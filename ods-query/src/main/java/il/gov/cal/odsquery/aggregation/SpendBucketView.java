package il.gov.cal.odsquery.aggregation;

import java.util.List;

/**
 * One group of a spend aggregation: a unit, a category, a month or a merchant.
 *
 * @param key what identifies the group: unit id, MCC, {@code yyyy-MM} or merchant name
 * @param label a readable name for the key (unit name, category description), when one exists
 * @param transactions how many transactions fall in the group
 * @param totals the billed total per billing currency, largest first
 */
public record SpendBucketView(
    String key, String label, long transactions, List<SpendTotal> totals) {}
