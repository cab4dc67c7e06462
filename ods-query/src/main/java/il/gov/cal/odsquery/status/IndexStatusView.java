package il.gov.cal.odsquery.status;

import java.util.Map;

/**
 * The state of one ODS alias.
 *
 * @param alias the alias name
 * @param available whether the alias answers a count
 * @param documents documents behind it, when available
 * @param freshness the pipeline's freshness record for it (column to value), absent when the
 *     pipeline has not written one
 */
public record IndexStatusView(
    String alias, boolean available, Long documents, Map<String, String> freshness) {}
