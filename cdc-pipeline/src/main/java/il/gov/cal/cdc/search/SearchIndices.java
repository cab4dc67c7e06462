package il.gov.cal.cdc.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the versioned indices and their aliases from the strict mappings under {@code
 * /search/<index>.json}, and answers which real index an alias points at.
 */
public final class SearchIndices {

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndices.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final SearchHttp http;

  public SearchIndices(SearchHttp http) {
    this.http = http;
  }

  /** Creates {@code cal-<index>-v1} and the alias {@code cal-<index>} when the alias is missing. */
  public void ensure(String index) throws IOException {
    if (current(index).isPresent()) {
      return;
    }
    String real = IndexNames.versioned(index, 1);
    create(real, index);
    String actions =
        "{\"actions\":[{\"add\":{\"index\":\""
            + real
            + "\",\"alias\":\""
            + IndexNames.alias(index)
            + "\"}}]}";
    check(http.json("POST", "/_aliases", actions), "alias " + IndexNames.alias(index));
    LOG.info("Search index created index={} alias={}", real, IndexNames.alias(index));
  }

  /** Creates a real index with the mapping of the logical index, unless it exists. */
  public void create(String real, String index) throws IOException {
    if (http.send("HEAD", "/" + real, null, null).status() == 200) {
      return;
    }
    SearchHttp.Response response = http.json("PUT", "/" + real, mapping(index));
    if (response.status() == 400 && response.body().contains("resource_already_exists")) {
      return;
    }
    check(response, "index " + real);
  }

  /** The real index behind an alias, if the alias exists. */
  public Optional<String> current(String index) throws IOException {
    return first(IndexNames.alias(index));
  }

  /** The index a rebuild is filling, if any. */
  public Optional<String> building(String index) throws IOException {
    return first(IndexNames.buildingAlias(index));
  }

  private Optional<String> first(String alias) throws IOException {
    SearchHttp.Response response = http.send("GET", "/_alias/" + alias, null, null);
    if (response.status() == 404) {
      return Optional.empty();
    }
    check(response, "alias " + alias);
    List<String> names = new ArrayList<>();
    Iterator<String> it = MAPPER.readTree(response.body()).fieldNames();
    it.forEachRemaining(names::add);
    return names.stream().sorted().reduce((a, b) -> b);
  }

  /** Points the alias at {@code to} and away from {@code from} in one atomic call. */
  public void switchAlias(String index, String from, String to) throws IOException {
    String alias = IndexNames.alias(index);
    String actions =
        "{\"actions\":[{\"remove\":{\"index\":\""
            + from
            + "\",\"alias\":\""
            + alias
            + "\"}},"
            + "{\"add\":{\"index\":\""
            + to
            + "\",\"alias\":\""
            + alias
            + "\"}}]}";
    check(http.json("POST", "/_aliases", actions), "alias switch " + alias);
  }

  /** Sets or removes the building alias on a real index. */
  public void building(String index, String real, boolean on) throws IOException {
    String action = on ? "add" : "remove";
    String body =
        "{\"actions\":[{\""
            + action
            + "\":{\"index\":\""
            + real
            + "\",\"alias\":\""
            + IndexNames.buildingAlias(index)
            + "\"}}]}";
    check(http.json("POST", "/_aliases", body), "building alias " + index);
  }

  /** The mapping resource of a logical index. */
  public static String mapping(String index) {
    try (InputStream in = SearchIndices.class.getResourceAsStream("/search/" + index + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no mapping resource for index " + index);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a mapping resource (tests compare it with the documents the mappers produce). */
  public static JsonNode mappingTree(String index) throws IOException {
    return MAPPER.readTree(mapping(index));
  }

  private static void check(SearchHttp.Response response, String what) throws IOException {
    if (!response.ok()) {
      throw new IOException(
          "OpenSearch refused " + what + ": HTTP " + response.status() + " " + response.body());
    }
  }
}
