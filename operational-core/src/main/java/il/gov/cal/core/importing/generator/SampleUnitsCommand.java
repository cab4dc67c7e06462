package il.gov.cal.core.importing.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the unit hierarchy of a generated {@code units-<companyId>.tsv} through the core's unit
 * API, parents before children, so that a sample organisation has its ministry, divisions and units
 * before its issuer file is imported. The issuer file names a cardholder's unit only by its node
 * code; the tree itself is the organisation's, kept by its administrator through the API, and the
 * import attaches cardholders and cards to the units it finds by code.
 *
 * <pre>
 * SampleUnitsCommand --url http://127.0.0.1:9080/core --token ORG_ADMIN_TOKEN units-2123456001.tsv
 * </pre>
 *
 * Prints {@code units=N}. Exits with 0 on success, 2 on a usage error, 1 if a unit is refused (the
 * answer's status and body are printed; they hold no personal data).
 */
public final class SampleUnitsCommand {

  private static final String USAGE = "usage: SampleUnitsCommand --url CORE_URL --token T FILE";
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  private SampleUnitsCommand() {}

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command, printing to {@code out} and {@code err}; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 5 || !args[0].equals("--url") || !args[2].equals("--token")) {
      err.println(USAGE);
      return 2;
    }
    try {
      int created = createUnits(args[1], args[3], Path.of(args[4]));
      out.println("units=" + created);
      return 0;
    } catch (IOException | IllegalStateException e) {
      err.println("could not create the units: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  /**
   * Creates every unit of {@code unitsFile} (header {@code code, parent_code, level, name}; a
   * parent listed before its children) under the organisation of {@code token}.
   *
   * @return how many units were created
   * @throws IllegalStateException if the API refuses a unit or a parent is not listed before it
   */
  static int createUnits(String coreUrl, String token, Path unitsFile)
      throws IOException, InterruptedException {
    List<String> lines = Files.readAllLines(unitsFile, StandardCharsets.UTF_8);
    HttpClient http = HttpClient.newHttpClient();
    Map<String, Long> ids = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String code = fields[0];
      String parent = fields[1];
      Long parentId = parent.isEmpty() ? null : ids.get(parent);
      if (!parent.isEmpty() && parentId == null) {
        throw new IllegalStateException("unit " + code + " comes before its parent " + parent);
      }
      String body =
          "{\"code\":"
              + quoted(code)
              + ",\"name\":"
              + quoted(fields[3])
              + ",\"parentId\":"
              + parentId
              + "}";
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(coreUrl + "/units"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher id = ID.matcher(answer.body());
      if (answer.statusCode() != 201 || !id.find()) {
        throw new IllegalStateException(
            "unit " + code + " refused: " + answer.statusCode() + " " + answer.body());
      }
      ids.put(code, Long.parseLong(id.group(1)));
    }
    return ids.size();
  }

  private static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
