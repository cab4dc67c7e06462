package il.gov.cal.odsaccess.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.odsaccess.cursor.Cursor;
import il.gov.cal.odsaccess.cursor.CursorCodec;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.Pit;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * The shared search_after cases: pages read through a point in time, with the position carried
 * between pages in an encoded cursor, exactly as the services page.
 */
class SearchAfterCasesIT {

  private static final String INDEX = "search-after-cases";
  private static OpenSearchTransport transport;
  private static OpenSearchClient client;
  private static JsonNode cases;

  private final CursorCodec codec =
      new CursorCodec(
          "search-after-cases-key-thirty-two-bytes".getBytes(StandardCharsets.UTF_8),
          Clock.systemUTC());

  @BeforeAll
  static void indexTheCaseDocuments() throws Exception {
    try (InputStream in =
        SearchAfterCasesIT.class.getResourceAsStream("/cases/search_after_cases.json")) {
      cases = new ObjectMapper().readTree(in);
    }
    transport = OdsSearchClientProducer.transport(TestStack.search().httpUrl(), 4);
    client = new OpenSearchClient(transport);
    String mapping =
        "{\"properties\":{\"posted_at\":{\"type\":\"date\",\"format\":\"date_time\"},"
            + "\"amount_minor\":{\"type\":\"long\"},\"txn_id\":{\"type\":\"keyword\"}}}";
    client
        .indices()
        .create(
            c ->
                c.index(INDEX)
                    .settings(s -> s.numberOfShards(2).numberOfReplicas(0))
                    .mappings(m -> m.withJson(new StringReader(mapping))));
    for (JsonNode doc : cases.get("docs")) {
      client.index(
          i -> i.index(INDEX).id(doc.get("txn_id").asText()).document(doc).refresh(Refresh.True));
    }
  }

  @AfterAll
  static void close() throws Exception {
    transport.close();
  }

  @Test
  void pagesAreDisjointCompleteAndInTheExpectedOrder() throws Exception {
    List<List<String>> pages = new ArrayList<>();
    List<List<FieldValue>> lastSortValues = new ArrayList<>();
    String pit = client.createPit(p -> p.index(INDEX).keepAlive(t -> t.time("1m"))).pitId();
    String token = null;
    do {
      List<FieldValue> after = token == null ? List.of() : codec.decode(token, "cases").after();
      SearchResponse<ObjectNode> page = client.search(pageRequest(pit, after), ObjectNode.class);
      List<Hit<ObjectNode>> hits = page.hits().hits();
      pages.add(hits.stream().map(h -> h.source().get("txn_id").asText()).toList());
      if (hits.isEmpty()) {
        break;
      }
      List<FieldValue> last = hits.get(hits.size() - 1).sort();
      lastSortValues.add(last);
      Instant expires = Instant.now().plusSeconds(60);
      token = hits.size() < 2 ? null : codec.encode(new Cursor("cases", expires, pit, last));
    } while (token != null);

    List<List<String>> expected = new ArrayList<>();
    cases.get("expected_pages").forEach(p -> expected.add(textList(p)));
    pages.removeIf(List::isEmpty);
    assertThat(pages).isEqualTo(expected);
    JsonNode firstLast = cases.get("expected_sort_values_page1_last_hit");
    assertThat(lastSortValues.get(0).get(0).isLong()).isTrue();
    assertThat(lastSortValues.get(0).get(0).longValue()).isEqualTo(firstLast.get(0).asLong());
    assertThat(lastSortValues.get(0).get(1).stringValue()).isEqualTo(firstLast.get(1).asText());
  }

  @Test
  void theMissingValueSentinelRoundTripsAsAnExactLong() throws Exception {
    SearchResponse<ObjectNode> all =
        client.search(pageRequest(null, List.of()).toBuilder().size(10).build(), ObjectNode.class);
    Hit<ObjectNode> missing =
        all.hits().hits().stream().filter(h -> h.id().equals("T4")).findFirst().orElseThrow();
    FieldValue sentinel = missing.sort().get(0);

    Cursor back =
        codec.decode(
            codec.encode(
                new Cursor("cases", Instant.now().plusSeconds(60), null, List.of(sentinel))),
            "cases");

    assertThat(sentinel.isLong()).isTrue();
    assertThat(back.after().get(0).longValue()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void largeAmountsAreReadBackExactly() throws Exception {
    ObjectNode t5 = client.get(g -> g.index(INDEX).id("T5"), ObjectNode.class).source();

    assertThat(t5.get("amount_minor").asLong()).isEqualTo(9007199254740993L);
  }

  /** A fresh request per page: a reused builder would append the search_after values. */
  private static SearchRequest pageRequest(String pit, List<FieldValue> after) {
    return SearchRequest.of(
        s -> {
          if (pit == null) {
            s.index(INDEX);
          } else {
            s.pit(Pit.of(p -> p.id(pit).keepAlive("1m")));
          }
          s.size(2)
              .sort(o -> o.field(f -> f.field("posted_at").order(SortOrder.Asc)))
              .sort(o -> o.field(f -> f.field("txn_id").order(SortOrder.Asc)));
          if (!after.isEmpty()) {
            s.searchAfter(after);
          }
          return s;
        });
  }

  private static List<String> textList(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
