package il.gov.cal.cdc.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

  @Test
  void laterRowOfSameTransactionPacksHigher() {
    assertThat(SourcePosition.streamed("binlog.000001", 16347, 2))
        .isGreaterThan(SourcePosition.streamed("binlog.000001", 16347, 1));
  }

  @Test
  void laterTransactionPacksHigherThanAnyRowOfAnEarlierOne() {
    assertThat(SourcePosition.streamed("binlog.000001", 18113, 1))
        .isGreaterThan(SourcePosition.streamed("binlog.000001", 16347, 100_000));
  }

  @Test
  void nextBinlogFilePacksHigherThanEndOfPreviousFile() {
    assertThat(SourcePosition.streamed("binlog.000002", 4, 1))
        .isGreaterThan(SourcePosition.streamed("binlog.000001", 0xFFFF_FFF0L, 1));
  }

  @Test
  void snapshotReadPacksBelowChangesStreamedFromItsPosition() {
    assertThat(SourcePosition.snapshot("binlog.000001", 16347))
        .isLessThan(SourcePosition.streamed("binlog.000001", 16347, 1));
  }

  @Test
  void packedPositionIsPositive() {
    assertThat(SourcePosition.streamed("binlog.016383", 0xFFFF_FFFFL, 200_000)).isPositive();
  }

  @Test
  void fileNumberBeyondRangeIsRefused() {
    assertThatThrownBy(() -> SourcePosition.streamed("binlog.016384", 4, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
