package il.gov.cal.cdc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchHandlerTest {

  @Test
  void smallBatchesOfASteadyStreamStayOneChunk() {
    assertThat(BatchHandler.chunkSize(1)).isEqualTo(BatchHandler.MIN_CHUNK);
    assertThat(BatchHandler.chunkSize(1024)).isEqualTo(1024);
    assertThat(BatchHandler.chunkSize(4096)).isEqualTo(1024);
  }

  @Test
  void catchUpBatchesAreCutIntoQuartersUpToTheLargestChunk() {
    assertThat(BatchHandler.chunkSize(16_384)).isEqualTo(4096);
    assertThat(BatchHandler.chunkSize(16_383)).isEqualTo(4096);
    assertThat(BatchHandler.chunkSize(1_000_000)).isEqualTo(BatchHandler.MAX_CHUNK);
  }
}
