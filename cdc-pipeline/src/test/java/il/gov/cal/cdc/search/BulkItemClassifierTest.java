package il.gov.cal.cdc.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BulkItemClassifierTest {

  private static List<BulkItem> partialFailure() throws Exception {
    try (InputStream in =
        BulkItemClassifierTest.class.getResourceAsStream(
            "/cases/bulk_partial_failure_response.json")) {
      return BulkResponseParser.items(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static Map<String, BulkOutcome> outcomes() throws Exception {
    return partialFailure().stream()
        .collect(Collectors.toMap(BulkItem::id, BulkItemClassifier::classify));
  }

  @Test
  void createdItemIsDone() throws Exception {
    assertThat(outcomes().get("TXN-A")).isEqualTo(BulkOutcome.DONE);
  }

  @Test
  void strictMappingRefusalIsDeadLetteredNotRetried() throws Exception {
    assertThat(outcomes().get("TXN-B")).isEqualTo(BulkOutcome.DEAD_LETTER);
  }

  @Test
  void rejectedExecutionIsRetried() throws Exception {
    assertThat(outcomes().get("TXN-C")).isEqualTo(BulkOutcome.RETRY);
  }

  @Test
  void status429WithoutErrorObjectIsStillRetried() throws Exception {
    BulkItem item = partialFailure().get(3);
    assertThat(item.errorType()).isNull();
    assertThat(BulkItemClassifier.classify(item)).isEqualTo(BulkOutcome.RETRY);
  }

  @Test
  void updateOfMissingDocumentFallsBackToFullIndexNeverSilentSuccess() throws Exception {
    assertThat(outcomes().get("TXN-E")).isEqualTo(BulkOutcome.INDEX_FULL_DOCUMENT);
  }

  @Test
  void partialFailureLeavesOnlyTheCreatedItemFinished() throws Exception {
    long finished =
        outcomes().values().stream()
            .filter(o -> o == BulkOutcome.DONE || o == BulkOutcome.STALE)
            .count();
    assertThat(finished).isEqualTo(1);
  }

  @Test
  void versionConflictMeansNewerStateAlreadyIndexed() {
    BulkItem item =
        new BulkItem("index", "1", 409, "version_conflict_engine_exception", "newer exists");
    assertThat(BulkItemClassifier.classify(item)).isEqualTo(BulkOutcome.STALE);
  }

  @Test
  void serverErrorAndMissingStatusAreRetried() {
    assertThat(BulkItemClassifier.classify(new BulkItem("index", "1", 503, null, null)))
        .isEqualTo(BulkOutcome.RETRY);
    assertThat(BulkItemClassifier.classify(new BulkItem("index", "1", 0, null, null)))
        .isEqualTo(BulkOutcome.RETRY);
  }

  @Test
  void deleteOfMissingDocumentIsDone() {
    assertThat(BulkItemClassifier.classify(new BulkItem("delete", "1", 404, null, null)))
        .isEqualTo(BulkOutcome.DONE);
  }

  @Test
  void indexBlockIsRetriedWhateverItsStatusSinceBlocksAreLifted() {
    BulkItem writeBlock =
        new BulkItem(
            "index",
            "1",
            403,
            "cluster_block_exception",
            "index [cal-transactions-v1] blocked by: [FORBIDDEN/8/index write (api)];");
    BulkItem floodStage =
        new BulkItem(
            "index",
            "1",
            429,
            "cluster_block_exception",
            "index [cal-transactions-v1] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded"
                + " flood-stage watermark, index has read-only-allow-delete block];");

    assertThat(BulkItemClassifier.classify(writeBlock)).isEqualTo(BulkOutcome.RETRY);
    assertThat(BulkItemClassifier.classify(floodStage)).isEqualTo(BulkOutcome.RETRY);
  }

  @Test
  void otherForbiddenItemIsDeadLettered() {
    BulkItem refused = new BulkItem("index", "1", 403, "security_exception", "no permissions");
    assertThat(BulkItemClassifier.classify(refused)).isEqualTo(BulkOutcome.DEAD_LETTER);
  }
}
