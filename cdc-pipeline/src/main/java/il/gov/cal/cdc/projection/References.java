package il.gov.cal.cdc.projection;

import java.util.Map;
import java.util.Optional;

/**
 * The current ODS state of rows that documents denormalise (units, cardholders, cards), looked up
 * by id. Rows are the ODS column maps of their projection.
 */
public interface References {

  Optional<Map<String, Object>> unit(long id);

  Optional<Map<String, Object>> cardholder(long id);

  Optional<Map<String, Object>> card(long id);

  /** No references at all: documents carry ids only. */
  References NONE =
      new References() {
        @Override
        public Optional<Map<String, Object>> unit(long id) {
          return Optional.empty();
        }

        @Override
        public Optional<Map<String, Object>> cardholder(long id) {
          return Optional.empty();
        }

        @Override
        public Optional<Map<String, Object>> card(long id) {
          return Optional.empty();
        }
      };
}
