package il.gov.cal.cdc.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** References held in maps, for mapper tests. */
final class StubReferences implements References {

  final Map<Long, Map<String, Object>> units = new HashMap<>();
  final Map<Long, Map<String, Object>> holders = new HashMap<>();
  final Map<Long, Map<String, Object>> cards = new HashMap<>();

  static StubReferences core() {
    StubReferences refs = new StubReferences();
    refs.units.put(1L, Map.of("id", 1L, "name", "Headquarters", "path", "/1/"));
    refs.units.put(2L, Map.of("id", 2L, "name", "Procurement", "path", "/1/2/"));
    refs.holders.put(
        1L, Map.of("id", 1L, "first_name", "Dana", "last_name", "Levi", "unit_id", 2L));
    Map<String, Object> card = new HashMap<>();
    card.put("id", 1L);
    card.put("last4", "4242");
    card.put("cardholder_id", 1L);
    card.put("unit_id", 2L);
    refs.cards.put(1L, card);
    return refs;
  }

  @Override
  public Optional<Map<String, Object>> unit(long id) {
    return Optional.ofNullable(units.get(id));
  }

  @Override
  public Optional<Map<String, Object>> cardholder(long id) {
    return Optional.ofNullable(holders.get(id));
  }

  @Override
  public Optional<Map<String, Object>> card(long id) {
    return Optional.ofNullable(cards.get(id));
  }
}
