package il.gov.cal.cdc.ods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceCacheTest {

  @Test
  void forgetsAChangedRowAndKeepsTheOthers() {
    ReferenceCache cache = new ReferenceCache(10);
    cache.put("card", 7, Optional.of(Map.of("last4", "4242")));
    cache.put("unit", 7, Optional.of(Map.of("name", "Budget division")));

    cache.forget("card", 7);

    assertThat(cache.get("card", 7)).isNull();
    assertThat(cache.get("unit", 7)).contains(Map.of("name", "Budget division"));
  }

  @Test
  void remembersThatARowIsAbsentUntilItChanges() {
    ReferenceCache cache = new ReferenceCache(10);
    cache.put("cardholder", 3, Optional.empty());

    assertThat(cache.get("cardholder", 3)).isEmpty();
    cache.forget("cardholder", 3);
    assertThat(cache.get("cardholder", 3)).isNull();
  }

  @Test
  void dropsTheLeastRecentlyUsedRowBeyondItsCapacity() {
    ReferenceCache cache = new ReferenceCache(2);
    cache.put("unit", 1, Optional.of(Map.of("name", "a")));
    cache.put("unit", 2, Optional.of(Map.of("name", "b")));
    cache.get("unit", 1);

    cache.put("unit", 3, Optional.of(Map.of("name", "c")));

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get("unit", 2)).isNull();
    assertThat(cache.get("unit", 1)).isPresent();
  }
}
