package il.gov.cal.cdc.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The pipeline's typed settings (see {@link Setting#ALL} for keys, defaults and meaning), plus
 * Debezium's own properties, passed through untouched from every key that starts with {@code
 * debezium.} (prefix removed). Defaults are meant for a local run only.
 *
 * @param debezium Debezium properties that override the pipeline's choices, applied last
 */
public record PipelineConfig(
    SourceKind sourceKind,
    String dbHost,
    int dbPort,
    String dbUser,
    String dbPassword,
    long serverId,
    List<String> databases,
    List<String> tables,
    boolean passThrough,
    String searchUrl,
    String odsJdbcUrl,
    String odsUser,
    String odsPassword,
    StateStore stateStore,
    Path stateDir,
    int httpPort,
    String name,
    Map<String, String> debezium) {

  /** The prefix of Debezium's pass-through properties. */
  public static final String DEBEZIUM_PREFIX = "debezium.";

  public PipelineConfig {
    databases = List.copyOf(databases);
    tables = List.copyOf(tables);
    debezium = Map.copyOf(debezium);
    if (databases.isEmpty()) {
      throw new IllegalArgumentException("databases must name at least one database");
    }
  }

  /** The database that owns the signal table: the first captured one. */
  public String signalDatabase() {
    return databases.get(0);
  }

  /** The fully qualified signal table. */
  public String signalTable() {
    return signalDatabase() + ".debezium_signal";
  }

  /**
   * Reads the settings from system properties, then {@code CAL_CDC_*} environment variables, then
   * the properties file named by {@code cal.cdc.config} / {@code CAL_CDC_CONFIG}, then defaults.
   */
  public static PipelineConfig load() {
    return from(System.getProperties(), System.getenv());
  }

  /** As {@link #load()}, from the given system properties and environment. */
  public static PipelineConfig from(Properties system, Map<String, String> env) {
    Properties file = new Properties();
    String location = system.getProperty("cal.cdc.config", env.get("CAL_CDC_CONFIG"));
    if (location != null && !location.isBlank()) {
      try (InputStream in = Files.newInputStream(Path.of(location))) {
        file.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the pipeline configuration " + location, e);
      }
    }
    Map<String, String> values = new HashMap<>();
    for (Setting setting : Setting.ALL) {
      String key = setting.key();
      String envKey = "CAL_CDC_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
      String value = system.getProperty("cal.cdc." + key);
      if (value == null) {
        value = env.get(envKey);
      }
      if (value == null) {
        value = file.getProperty(key, setting.localDefault());
      }
      values.put(key, value.trim());
    }
    Map<String, String> debezium = new TreeMap<>();
    collectDebezium(file, debezium);
    collectDebezium(system, debezium);
    return new PipelineConfig(
        SourceKind.valueOf(values.get("source.kind").toUpperCase(Locale.ROOT)),
        values.get("db.host"),
        Integer.parseInt(values.get("db.port")),
        values.get("db.user"),
        values.get("db.password"),
        Long.parseLong(values.get("db.server.id")),
        split(values.get("databases")),
        split(values.get("tables")),
        Boolean.parseBoolean(values.get("passthrough")),
        values.get("search.url"),
        values.get("ods.jdbc.url"),
        values.get("ods.user"),
        values.get("ods.password"),
        StateStore.valueOf(values.get("state.store").toUpperCase(Locale.ROOT)),
        Path.of(values.get("state.dir")),
        Integer.parseInt(values.get("http.port")),
        values.get("name"),
        debezium);
  }

  private static void collectDebezium(Properties source, Map<String, String> target) {
    for (String key : source.stringPropertyNames()) {
      if (key.startsWith(DEBEZIUM_PREFIX)) {
        target.put(key.substring(DEBEZIUM_PREFIX.length()), source.getProperty(key));
      } else if (key.startsWith("cal.cdc." + DEBEZIUM_PREFIX)) {
        target.put(key.substring(("cal.cdc." + DEBEZIUM_PREFIX).length()), source.getProperty(key));
      }
    }
  }

  private static List<String> split(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** A copy pointing at other databases and tables, pass-through on or off. */
  public PipelineConfig capturing(List<String> dbs, List<String> tbls, boolean passThroughOn) {
    return new PipelineConfig(
        sourceKind,
        dbHost,
        dbPort,
        dbUser,
        dbPassword,
        serverId,
        dbs,
        tbls,
        passThroughOn,
        searchUrl,
        odsJdbcUrl,
        odsUser,
        odsPassword,
        stateStore,
        stateDir,
        httpPort,
        name,
        debezium);
  }

  @Override
  public String toString() {
    return "PipelineConfig[source="
        + sourceKind
        + " db="
        + dbHost
        + ':'
        + dbPort
        + " databases="
        + databases
        + " search="
        + searchUrl
        + " stateStore="
        + stateStore
        + " httpPort="
        + httpPort
        + ']';
  }
}
