package il.gov.cal.cdc.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Parses JSON column values exactly and writes them in one canonical form.
 *
 * <p>Integers stay {@code BigInteger} when they do not fit a long and never pass through a double
 * (9007199254740993 stays 9007199254740993); decimals stay {@code BigDecimal}. Written back, keys
 * are sorted and there is no whitespace, so the snapshot's text ({@code {"id": 1, ...}}) and the
 * binlog's text ({@code {"id":1,...}}) of the same value are the same string.
 */
public final class CanonicalJson {

  /** The mapper every stage uses for JSON: exact numbers, sorted object keys. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
          .build();

  private CanonicalJson() {}

  /** Parses a JSON text exactly. */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** The canonical text of a JSON value. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value cannot be written as JSON", e);
    }
  }
}
