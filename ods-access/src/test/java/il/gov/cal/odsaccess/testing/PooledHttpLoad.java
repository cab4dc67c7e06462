package il.gov.cal.odsaccess.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The load generator's HTTP client for a service under test: keep-alive connections from a pool of
 * a fixed size, as a portal's front end or a load balancer keeps them, and the same client library
 * and pool size with which a benchmark's baseline reaches OpenSearch. A request that finds every
 * connection busy waits in the client for one; {@link LoadRun} counts that wait, since it times
 * each request from its scheduled start.
 *
 * <p>Without a bound, a burst of slow answers opens a connection per waiting request (thousands,
 * each accepted and set up by the server), so the server spends its processor time on connections
 * that a real deployment would reuse.
 */
public final class PooledHttpLoad implements AutoCloseable {

  /** Connections per benchmark client: the pool size of the baseline's OpenSearch client. */
  public static final int CONNECTIONS = 64;

  /**
   * Name prefixes of the threads that send a benchmark's load, for {@link LoadRun}: this client's
   * and the OpenSearch client's, both Apache HttpClient 5.
   */
  public static final List<String> THREADS = List.of("httpclient-");

  private final CloseableHttpAsyncClient client;
  private final Timeout timeout;

  /**
   * @param timeout how long a request may take in all, waiting for a connection included
   */
  public PooledHttpLoad(Duration timeout) {
    this.timeout = Timeout.ofMilliseconds(timeout.toMillis());
    this.client =
        HttpAsyncClients.custom()
            .setConnectionManager(
                PoolingAsyncClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(CONNECTIONS)
                    .setMaxConnPerRoute(CONNECTIONS)
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(this.timeout)
                            .setSocketTimeout(this.timeout)
                            // A connection idle for a while is checked before reuse, so one the
                            // server closed meanwhile is replaced rather than failing a request.
                            .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                            .build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(this.timeout)
                    .setResponseTimeout(this.timeout)
                    .build())
            .build();
    client.start();
  }

  /**
   * Sends a GET and completes with the answer's status once its body has been read.
   *
   * @param url the whole URL
   * @param headers request headers, such as {@code Authorization} or {@code Cookie}
   */
  public CompletableFuture<Integer> get(String url, Map<String, String> headers) {
    SimpleRequestBuilder builder = SimpleRequestBuilder.get(url);
    headers.forEach(builder::addHeader);
    SimpleHttpRequest request = builder.build();
    CompletableFuture<Integer> status = new CompletableFuture<>();
    Future<SimpleHttpResponse> exchange =
        client.execute(
            request,
            new FutureCallback<SimpleHttpResponse>() {
              @Override
              public void completed(SimpleHttpResponse response) {
                status.complete(response.getCode());
              }

              @Override
              public void failed(Exception e) {
                status.completeExceptionally(e);
              }

              @Override
              public void cancelled() {
                status.cancel(false);
              }
            });
    // A request given up on (timed out) is cancelled, so it neither holds a connection nor is
    // sent late: a request is counted once and does nothing after it was counted.
    return status
        .orTimeout(timeout.toMilliseconds(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (code, failure) -> {
              if (failure != null) {
                exchange.cancel(true);
              }
            });
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
