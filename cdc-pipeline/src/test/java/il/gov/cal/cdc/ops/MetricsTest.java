package il.gov.cal.cdc.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void lagIsAHistogramInSecondsWithCumulativeBuckets() {
    Metrics metrics = new Metrics();
    metrics.recordLag(300);
    metrics.recordLag(1_200);
    metrics.recordLag(4_000);

    assertThat(metrics.prometheus())
        .contains("# TYPE cal_cdc_lag_seconds histogram")
        .contains("cal_cdc_lag_seconds_bucket{le=\"0.25\"} 0\n")
        .contains("cal_cdc_lag_seconds_bucket{le=\"0.5\"} 1\n")
        .contains("cal_cdc_lag_seconds_bucket{le=\"1.5\"} 2\n")
        .contains("cal_cdc_lag_seconds_bucket{le=\"+Inf\"} 3\n")
        .contains("cal_cdc_lag_seconds_count 3\n")
        .contains("cal_cdc_lag_seconds_sum 5.5\n");
    assertThat(metrics.lagPercentileMillis(0.5)).isBetween(1_100L, 1_300L);
  }

  @Test
  void eventsAreCountedPerTableAndInTheRateAtOnceAndRetriesAndDeadLettersAdd() {
    Metrics metrics = new Metrics();
    metrics.recordEvent("card_transaction", false);
    metrics.recordEvent("card_transaction", false);
    metrics.recordEvent("unit", true);
    metrics.recordRetry();
    metrics.recordDeadLetters(3);
    metrics.recordBatch(3);
    metrics.recordStage("ods", 2_000_000_000L);

    assertThat(metrics.prometheus())
        .contains("cal_cdc_events_total{table=\"card_transaction\"} 2.0\n")
        .contains("cal_cdc_events_total{table=\"unit\"} 1.0\n")
        .contains("cal_cdc_snapshot_rows_total 1.0\n")
        .contains("cal_cdc_snapshot_running 1.0\n")
        .contains("cal_cdc_retries_total 1.0\n")
        .contains("cal_cdc_dead_letters_total 3.0\n")
        .contains("cal_cdc_batches_total 1.0\n")
        .contains("cal_cdc_batch_stage_seconds_sum{stage=\"ods\"} 2.0\n")
        .contains("cal_cdc_events_per_second 0.3\n");
    assertThat(metrics.events()).isEqualTo(3);
    assertThat(metrics.stageSeconds()).containsEntry("ods", 2.0);
  }
}
