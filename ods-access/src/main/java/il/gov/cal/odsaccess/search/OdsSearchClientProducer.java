package il.gov.cal.odsaccess.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URISyntaxException;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one OpenSearch client of a service, built from {@code cal.ods.opensearch.url} and closed when
 * the application stops. Documents are read with snake_case property names into records, and
 * integral numbers stay {@code long} so amounts in minor units are never rounded through a double.
 */
@ApplicationScoped
public class OdsSearchClientProducer {

  private static final Logger log = LoggerFactory.getLogger(OdsSearchClientProducer.class);

  private final OpenSearchTransport transport;
  private final OpenSearchClient client;

  /** For CDI's proxy only. */
  protected OdsSearchClientProducer() {
    this.transport = null;
    this.client = null;
  }

  /**
   * @param url the OpenSearch endpoint, e.g. {@code http://127.0.0.1:19200}
   * @param maxConnections connections kept to the cluster; the bound on concurrent searches
   */
  @Inject
  public OdsSearchClientProducer(
      @ConfigProperty(name = "cal.ods.opensearch.url") String url,
      @ConfigProperty(name = "cal.ods.opensearch.max-connections", defaultValue = "64")
          int maxConnections) {
    this.transport = transport(url, maxConnections);
    this.client = new OpenSearchClient(transport);
    log.info("ods search client ready url={} maxConnections={}", url, maxConnections);
  }

  /** The mapper used for ODS documents; also what tests use to write documents the same way. */
  public static ObjectMapper documentMapper() {
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.USE_LONG_FOR_INTS, true);
  }

  /** Builds a transport outside CDI, for benchmarks and tools. */
  public static OpenSearchTransport transport(String url, int maxConnections) {
    try {
      return ApacheHttpClient5TransportBuilder.builder(HttpHost.create(url))
          .setMapper(new JacksonJsonpMapper(documentMapper()))
          .setHttpClientConfigCallback(
              http ->
                  http.setConnectionManager(
                      PoolingAsyncClientConnectionManagerBuilder.create()
                          .setMaxConnTotal(maxConnections)
                          .setMaxConnPerRoute(maxConnections)
                          .build()))
          .build();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cal.ods.opensearch.url is not a URL: " + url, e);
    }
  }

  @Produces
  OpenSearchClient client() {
    return client;
  }

  @PreDestroy
  void close() {
    try {
      transport.close();
    } catch (IOException e) {
      log.warn("ods search client did not close cleanly error={}", e.toString());
    }
  }
}
