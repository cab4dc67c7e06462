package il.gov.cal.core.merchant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merchant category codes the platform knows, read from {@code reference/mcc_codes.csv} on the
 * classpath, in code order.
 *
 * <p>Corrections applied while loading, because the public list is wrong there:
 *
 * <ul>
 *   <li>6011 carries a copy of 6010's description ("Manual Cash Disbursements"). 6011 is the
 *       automated one, the ATM; its description becomes "Financial Institutions – Automated Cash
 *       Disbursements" so that ATM withdrawals are not reported as counter withdrawals.
 * </ul>
 *
 * <p>A code absent from the list is not an invalid code: schemes add codes over time. Callers check
 * shape with {@link MerchantCategory#isWellFormedCode} and use {@link #find} for the description
 * only. Immutable and safe to share.
 */
public final class MccDirectory {

  /** Where the list lives on the classpath. */
  public static final String RESOURCE = "/reference/mcc_codes.csv";

  private static final String ATM_CODE = "6011";
  private static final String ATM_DESCRIPTION =
      "Financial Institutions – Automated Cash Disbursements";

  private final Map<String, MerchantCategory> byCode;

  private MccDirectory(Map<String, MerchantCategory> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /**
   * Loads the list shipped with the application.
   *
   * @throws UncheckedIOException if the resource is missing or unreadable: the build is broken
   */
  public static MccDirectory load() {
    InputStream in = MccDirectory.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing classpath resource " + RESOURCE));
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static MccDirectory read(BufferedReader reader) throws IOException {
    Map<String, MerchantCategory> byCode = new LinkedHashMap<>();
    String header = reader.readLine();
    if (header == null || !header.startsWith("mcc,")) {
      throw new IOException("the MCC list does not start with its header row");
    }
    String line;
    int lineNumber = 1;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      List<String> columns = CsvRow.split(line);
      if (columns.size() < 5) {
        throw new IOException("MCC list line " + lineNumber + " has too few columns");
      }
      MerchantCategory category = correct(toCategory(columns));
      if (byCode.put(category.code(), category) != null) {
        throw new IOException("MCC list line " + lineNumber + " repeats " + category.code());
      }
    }
    return new MccDirectory(byCode);
  }

  private static MerchantCategory toCategory(List<String> columns) {
    String code = columns.get(0).strip();
    String description = columns.get(1).strip();
    if (description.isEmpty()) {
      description = columns.get(2).strip();
    }
    return new MerchantCategory(code, description, columns.get(4).strip());
  }

  /** The source's known errors, fixed in one place. */
  private static MerchantCategory correct(MerchantCategory category) {
    if (category.code().equals(ATM_CODE)) {
      return new MerchantCategory(ATM_CODE, ATM_DESCRIPTION, category.irsDescription());
    }
    return category;
  }

  /** The category with this code ({@code "0742"}, never {@code "742"}), if the list has it. */
  public Optional<MerchantCategory> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** Every category, in code order. */
  public List<MerchantCategory> all() {
    return List.copyOf(byCode.values());
  }

  /** How many codes the list has. */
  public int size() {
    return byCode.size();
  }

  /** The categories whose codes lie in {@code [fromCode, toCode]}, both four-digit strings. */
  public List<MerchantCategory> range(String fromCode, String toCode) {
    List<MerchantCategory> result = new ArrayList<>();
    for (MerchantCategory category : byCode.values()) {
      if (category.code().compareTo(fromCode) >= 0 && category.code().compareTo(toCode) <= 0) {
        result.add(category);
      }
    }
    return result;
  }
}
