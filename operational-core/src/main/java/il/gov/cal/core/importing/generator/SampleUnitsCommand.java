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
import java.util.ArrayList;
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
 * SampleUnitsCommand --url http://127.0.0.1:9080/core --token ORG_ADMIN_TOKEN \
 *     [--budgets FINANCE_MANAGER_TOKEN YEAR] units-2123456001.tsv
 * </pre>
 *
 * With {@code --budgets}, each unit is also allocated a budget for the whole year, by its level:
 * {@value #MINISTRY_BUDGET} ILS for the ministry, {@value #DIVISION_BUDGET} for a division and
 * {@value #UNIT_BUDGET} for a unit, so that a sample shows budget figures at once.
 *
 * <p>Prints {@code units=N} (and {@code budgets=N}). Exits with 0 on success, 2 on a usage error, 1
 * if a unit is refused (the answer's status and body are printed; they hold no personal data).
 */
public final class SampleUnitsCommand {

  static final String MINISTRY_BUDGET = "25000000.00";
  static final String DIVISION_BUDGET = "6000000.00";
  static final String UNIT_BUDGET = "1500000.00";

  private static final String USAGE =
      "usage: SampleUnitsCommand --url CORE_URL --token T [--budgets FINANCE_TOKEN YEAR] FILE";
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
    boolean budgets = args.length == 8 && args[4].equals("--budgets");
    if ((args.length != 5 && !budgets) || !args[0].equals("--url") || !args[2].equals("--token")) {
      err.println(USAGE);
      return 2;
    }
    try {
      List<CreatedUnit> created = create(args[1], args[3], Path.of(args[args.length - 1]));
      out.println("units=" + created.size());
      if (budgets) {
        int year = Integer.parseInt(args[6]);
        out.println("budgets=" + allocateYearlyBudgets(args[1], args[5], year, created));
      }
      return 0;
    } catch (NumberFormatException e) {
      err.println(USAGE);
      return 2;
    } catch (IOException | IllegalStateException e) {
      err.println("could not create the units: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  /** A unit made by this command: its id in the core and its level (0 ministry, 1, 2). */
  record CreatedUnit(long id, int level) {}

  /**
   * Creates every unit of {@code unitsFile} (header {@code code, parent_code, level, name}; a
   * parent listed before its children) under the organisation of {@code token}.
   *
   * @return how many units were created
   * @throws IllegalStateException if the API refuses a unit or a parent is not listed before it
   */
  static int createUnits(String coreUrl, String token, Path unitsFile)
      throws IOException, InterruptedException {
    return create(coreUrl, token, unitsFile).size();
  }

  private static List<CreatedUnit> create(String coreUrl, String token, Path unitsFile)
      throws IOException, InterruptedException {
    List<String> lines = Files.readAllLines(unitsFile, StandardCharsets.UTF_8);
    HttpClient http = HttpClient.newHttpClient();
    Map<String, Long> ids = new HashMap<>();
    List<CreatedUnit> created = new ArrayList<>();
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
      long id = post(http, coreUrl + "/units", token, body, "unit " + code);
      ids.put(code, id);
      created.add(new CreatedUnit(id, Integer.parseInt(fields[2])));
    }
    return created;
  }

  /** Allocates each unit its whole-year budget for {@code year}; returns how many. */
  static int allocateYearlyBudgets(
      String coreUrl, String financeToken, int year, List<CreatedUnit> units)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    for (CreatedUnit unit : units) {
      String amount =
          switch (unit.level()) {
            case 0 -> MINISTRY_BUDGET;
            case 1 -> DIVISION_BUDGET;
            default -> UNIT_BUDGET;
          };
      String body =
          "{\"unitId\":"
              + unit.id()
              + ",\"fiscalYear\":"
              + year
              + ",\"fiscalMonth\":null,\"allocated\":{\"amount\":\""
              + amount
              + "\",\"currency\":\"ILS\"}}";
      post(http, coreUrl + "/budgets", financeToken, body, "budget of unit " + unit.id());
    }
    return units.size();
  }

  /** POSTs {@code body} and returns the created resource's id; throws if it was not created. */
  private static long post(HttpClient http, String url, String token, String body, String what)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher id = ID.matcher(answer.body());
    if (answer.statusCode() != 201 || !id.find()) {
      throw new IllegalStateException(
          what + " refused: " + answer.statusCode() + " " + answer.body());
    }
    return Long.parseLong(id.group(1));
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
