package il.gov.cal.core.importing.generator;

import il.gov.cal.core.merchant.MccDirectory;
import il.gov.cal.core.merchant.MerchantCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * What public bodies spend cards on, with how often, how much, and which merchant category codes
 * stand for it. Weights are out of 100 merchants; medians are in agorot. Codes are drawn from the
 * MCC reference list, so every generated MCC is one the platform knows.
 */
enum SpendCategory {
  OFFICE_SUPPLY(18, 28_000, 0.8, "OFFICE SUPPLY", codes("5943", "5111", "5044", "5021", "7338")),
  RESTAURANTS(16, 15_000, 0.7, "CAFE", codes("5812", "5814", "5811", "5462")),
  FUEL(14, 30_000, 0.5, "FUEL STATION", codes("5541", "5542")),
  IT_AND_TELECOM(10, 60_000, 1.0, "COMPUTERS", codes("5045", "5734", "7372", "4814", "5732")),
  GROUND_TRANSPORT(
      8, 8_000, 0.9, "TRANSPORT", codes("4121", "4111", "4131", "4112", "7523", "7512")),
  GENERAL_SUPPLIES(8, 25_000, 0.9, "SUPPLIES", codes("5411", "5200", "5310", "5399", "5251")),
  PROFESSIONAL_SERVICES(
      7, 120_000, 1.0, "SERVICES", codes("7399", "8999", "8111", "8931", "4215", "8299")),
  AIR_TRAVEL(6, 180_000, 0.6, "AIR TRAVEL", codes("4511", "4722"), "3000", "3299"),
  LODGING(5, 90_000, 0.6, "HOTEL", codes("7011"), "3501", "3999"),
  MEDICAL(3, 40_000, 0.9, "MEDICAL SUPPLY", codes("5047", "8062", "5912")),
  OTHER(5, 20_000, 1.1, "TRADING", List.of());

  private final int weight;
  private final long medianMinor;
  private final double sigma;
  private final String merchantNoun;
  private final List<String> codes;
  private final String rangeFrom;
  private final String rangeTo;

  SpendCategory(int weight, long medianMinor, double sigma, String noun, List<String> codes) {
    this(weight, medianMinor, sigma, noun, codes, null, null);
  }

  SpendCategory(
      int weight,
      long medianMinor,
      double sigma,
      String merchantNoun,
      List<String> codes,
      String rangeFrom,
      String rangeTo) {
    this.weight = weight;
    this.medianMinor = medianMinor;
    this.sigma = sigma;
    this.merchantNoun = merchantNoun;
    this.codes = codes;
    this.rangeFrom = rangeFrom;
    this.rangeTo = rangeTo;
  }

  private static List<String> codes(String... codes) {
    return List.of(codes);
  }

  int weight() {
    return weight;
  }

  /** The median purchase in agorot; amounts spread around it log-normally. */
  long medianMinor() {
    return medianMinor;
  }

  /** The spread of the log-normal: the standard deviation of the amount's logarithm. */
  double sigma() {
    return sigma;
  }

  String merchantNoun() {
    return merchantNoun;
  }

  /**
   * The codes of this category that the reference list has: the named ones, plus a range of
   * brand-specific codes (airlines, hotel chains) where the category has one. {@link #OTHER} takes
   * the whole list, as the long tail.
   */
  List<String> codesIn(MccDirectory directory) {
    List<String> result = new ArrayList<>();
    if (this == OTHER) {
      directory.all().forEach(category -> result.add(category.code()));
      return result;
    }
    for (String code : codes) {
      if (directory.find(code).isPresent()) {
        result.add(code);
      }
    }
    if (rangeFrom != null) {
      directory.range(rangeFrom, rangeTo).stream().map(MerchantCategory::code).forEach(result::add);
    }
    if (result.isEmpty()) {
      throw new IllegalStateException("no MCC of " + this + " is in the reference list");
    }
    return result;
  }

  /** A category drawn by weight, from a uniform number in [0, 100). */
  static SpendCategory byWeight(int draw) {
    int cumulative = 0;
    for (SpendCategory category : values()) {
      cumulative += category.weight;
      if (draw < cumulative) {
        return category;
      }
    }
    return OTHER;
  }

  static int totalWeight() {
    int total = 0;
    for (SpendCategory category : values()) {
      total += category.weight;
    }
    return total;
  }
}
