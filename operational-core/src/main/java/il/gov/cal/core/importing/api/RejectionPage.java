package il.gov.cal.core.importing.api;

import java.util.List;

/**
 * A page of an import's rejected records, in line order.
 *
 * @param items the rejected records
 * @param next the link to the following page, absent on the last
 */
public record RejectionPage(List<ImportView.RejectionView> items, String next) {}
