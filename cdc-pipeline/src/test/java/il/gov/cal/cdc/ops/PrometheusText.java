package il.gov.cal.cdc.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of a Prometheus text exposition (format 0.0.4), as scraped from a running {@link
 * HealthServer}: one {@link Sample} per line that is not a comment, its labels unescaped.
 */
public record PrometheusText(List<Sample> samples) {

  /** One sample: metric name, labels in the order written, value. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  /** Scrapes {@code /metrics} of the server on {@code port}; fails on any answer but 200. */
  public static PrometheusText scrape(int port) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError("GET /metrics answered " + response.statusCode());
    }
    return parse(response.body());
  }

  /** Parses the text; a line that is not a sample or a comment is an error. */
  public static PrometheusText parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        samples.add(sample(line));
      }
    }
    return new PrometheusText(samples);
  }

  /** The value of the one sample of {@code name} with exactly {@code labels} (name, value, ...). */
  public double value(String name, String... labels) {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (int i = 0; i < labels.length; i += 2) {
      wanted.put(labels[i], labels[i + 1]);
    }
    return samples.stream()
        .filter(s -> s.name().equals(name) && s.labels().equals(wanted))
        .mapToDouble(Sample::value)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + name + wanted + " in " + samples));
  }

  /** Every label value of every sample. */
  public List<String> labelValues() {
    return samples.stream().flatMap(s -> s.labels().values().stream()).toList();
  }

  private static Sample sample(String line) {
    int brace = line.indexOf('{');
    int space = line.indexOf(' ');
    Map<String, String> labels = new LinkedHashMap<>();
    String name;
    int rest;
    if (brace >= 0 && brace < space) {
      name = line.substring(0, brace);
      rest = labels(line, brace + 1, labels);
    } else {
      name = line.substring(0, space);
      rest = space;
    }
    String[] valueAndTime = line.substring(rest).trim().split(" ");
    return new Sample(name, labels, Double.parseDouble(valueAndTime[0]));
  }

  /** Reads {@code k="v",...}} from {@code at}; returns the index after the closing brace. */
  private static int labels(String line, int at, Map<String, String> labels) {
    int i = at;
    while (line.charAt(i) != '}') {
      int equals = line.indexOf('=', i);
      String key = line.substring(i, equals);
      if (line.charAt(equals + 1) != '"') {
        throw new IllegalArgumentException("unquoted label value in " + line);
      }
      StringBuilder value = new StringBuilder();
      i = equals + 2;
      while (line.charAt(i) != '"') {
        char c = line.charAt(i);
        if (c == '\\') {
          char next = line.charAt(++i);
          value.append(next == 'n' ? '\n' : next);
        } else {
          value.append(c);
        }
        i++;
      }
      labels.put(key, value.toString());
      i++;
      if (line.charAt(i) == ',') {
        i++;
      }
    }
    return i + 1;
  }
}
