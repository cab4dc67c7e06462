package il.gov.cal.odsquery.status;

/**
 * The state of one ODS alias.
 *
 * @param alias the alias name
 * @param available whether the alias answers a count
 * @param documents documents behind it, when available
 * @param freshness the pipeline's progress on it, absent when the pipeline has written none
 */
public record IndexStatusView(
    String alias, boolean available, Long documents, IndexFreshness freshness) {}
