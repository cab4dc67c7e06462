package il.gov.cal.odsquery.transaction;

import il.gov.cal.odsaccess.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The transaction filters as query parameters, shared by search, aggregations and export. Every
 * value arrives as text and is validated here, so a bad value is a 400 problem naming the parameter
 * rather than a container error. The organisation is not among them: it is the caller's.
 */
public class TransactionFilterParams {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{0,31}");
  private static final Pattern MCC = Pattern.compile("[0-9]{4}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final int MAX_TEXT = 100;

  @QueryParam("unit")
  @Parameter(description = "Unit id; its sub-units are included.", example = "4")
  String unit;

  @QueryParam("cardholder")
  @Parameter(description = "Cardholder id.", example = "1001")
  String cardholder;

  @QueryParam("card")
  @Parameter(description = "Card id.", example = "17")
  String card;

  @QueryParam("dateField")
  @Parameter(
      description = "Which date from/to and the date sort use: transaction (default) or posting.",
      example = "posting")
  String dateField;

  @QueryParam("from")
  @Parameter(description = "First day, inclusive (yyyy-MM-dd).", example = "2025-01-01")
  String from;

  @QueryParam("to")
  @Parameter(description = "Last day, inclusive (yyyy-MM-dd).", example = "2025-03-31")
  String to;

  @QueryParam("minAmount")
  @Parameter(description = "Smallest billing amount, decimal.", example = "100.00")
  String minAmount;

  @QueryParam("maxAmount")
  @Parameter(description = "Largest billing amount, decimal.", example = "2500.50")
  String maxAmount;

  @QueryParam("currency")
  @Parameter(description = "Original (transaction) currency, ISO 4217.", example = "USD")
  String currency;

  @QueryParam("mcc")
  @Parameter(description = "Merchant category code; repeat for several.", example = "5812")
  List<String> mcc;

  @QueryParam("category")
  @Parameter(description = "Words of the merchant category description.", example = "restaurants")
  String category;

  @QueryParam("merchant")
  @Parameter(description = "Words of the merchant name (full text).", example = "office depot")
  String merchant;

  @QueryParam("status")
  @Parameter(description = "Transaction status; repeat for several.", example = "POSTED")
  List<String> status;

  @QueryParam("kind")
  @Parameter(
      description = "PURCHASE, REFUND, REVERSAL, PAYMENT or CREDIT_ADJUSTMENT; repeatable.",
      example = "PURCHASE")
  List<String> kind;

  /**
   * The validated filter for the caller's organisation.
   *
   * @throws ProblemException 400 naming the first invalid parameter
   */
  public TransactionFilter toFilter(long orgId) {
    return toFilter(orgId, null);
  }

  /**
   * The validated filter for the caller's organisation, confined to a unit subtree.
   *
   * @param orgId the caller's organisation
   * @param scopeUnitId the unit whose subtree the caller may see, or {@code null} for all
   * @return the filter
   * @throws ProblemException 400 naming the first invalid parameter
   */
  public TransactionFilter toFilter(long orgId, Long scopeUnitId) {
    LocalDate fromDate = date("from", from);
    LocalDate toDate = date("to", to);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw ProblemException.badRequest("invalid-range", "from must not be after to.");
    }
    Long min = amount("minAmount", minAmount);
    Long max = amount("maxAmount", maxAmount);
    if (min != null && max != null && min > max) {
      throw ProblemException.badRequest(
          "invalid-range", "minAmount must not be greater than maxAmount.");
    }
    return new TransactionFilter(
        orgId,
        id("unit", unit),
        id("cardholder", cardholder),
        id("card", card),
        dateField(),
        fromDate,
        toDate,
        min,
        max,
        matching("currency", currency, CURRENCY),
        codes("mcc", mcc, MCC),
        text("category", category),
        text("merchant", merchant),
        codes("status", status, CODE),
        codes("kind", kind, CODE),
        scopeUnitId);
  }

  private DateField dateField() {
    if (dateField == null || dateField.isBlank() || dateField.equals("transaction")) {
      return DateField.TRANSACTION;
    }
    if (dateField.equals("posting")) {
      return DateField.POSTING;
    }
    throw ProblemException.badRequest(
        "invalid-parameter", "dateField must be transaction or posting.");
  }

  static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.matches("[1-9][0-9]{0,17}")) {
      throw ProblemException.badRequest(
          "invalid-parameter", name + " must be a positive whole number.");
    }
    return Long.parseLong(value);
  }

  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(
          "invalid-date", name + " must be a calendar date written yyyy-MM-dd.");
    }
  }

  private static Long amount(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      BigDecimal decimal = new BigDecimal(value);
      if (decimal.scale() > 2 || decimal.abs().compareTo(new BigDecimal("1E15")) >= 0) {
        throw new NumberFormatException();
      }
      return decimal.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw ProblemException.badRequest(
          "invalid-amount", name + " must be a decimal amount with at most two decimals.");
    }
  }

  private static String matching(String name, String value, Pattern pattern) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!pattern.matcher(value).matches()) {
      throw ProblemException.badRequest("invalid-parameter", name + " is not a valid code.");
    }
    return value;
  }

  private static List<String> codes(String name, List<String> values, Pattern pattern) {
    List<String> codes = new ArrayList<>();
    if (values == null) {
      return codes;
    }
    for (String value : values) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          codes.add(matching(name, part.trim(), pattern));
        }
      }
    }
    if (codes.size() > 50) {
      throw ProblemException.badRequest("invalid-parameter", name + " takes at most 50 values.");
    }
    return codes;
  }

  private static String text(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw ProblemException.badRequest(
          "invalid-parameter", name + " must be at most " + MAX_TEXT + " characters.");
    }
    return value.trim();
  }
}
