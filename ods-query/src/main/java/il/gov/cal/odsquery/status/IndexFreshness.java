package il.gov.cal.odsquery.status;

/**
 * The CDC pipeline's progress on one index, from {@code cal_ods.ods_freshness}.
 *
 * @param lastSourceCommitAt when the newest change applied was committed in the core (ISO-8601)
 * @param lastIndexedAt when the pipeline last wrote to the index (ISO-8601)
 * @param lastSourcePosition the pipeline's position in the core's change stream
 */
public record IndexFreshness(
    String lastSourceCommitAt, String lastIndexedAt, long lastSourcePosition) {}
