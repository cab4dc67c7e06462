package il.gov.cal.security.testing;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** A MicroProfile Config over a map, converting to String, Integer and Boolean only. */
public final class MapConfig implements Config {

  private final Map<String, String> values;

  public MapConfig(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  @Override
  public <T> T getValue(String name, Class<T> type) {
    return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
  }

  @Override
  public ConfigValue getConfigValue(String name) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
    String value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    Object converted;
    if (type == Integer.class) {
      converted = Integer.valueOf(value);
    } else if (type == Boolean.class) {
      converted = Boolean.valueOf(value);
    } else {
      converted = value;
    }
    return Optional.of(type.cast(converted));
  }

  @Override
  public Iterable<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public Iterable<ConfigSource> getConfigSources() {
    return Set.of();
  }

  @Override
  public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
    return Optional.empty();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw new UnsupportedOperationException();
  }
}
