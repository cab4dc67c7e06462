package il.gov.cal.core.importing.generator;

import il.gov.cal.core.importing.vcf.Luhn;
import il.gov.cal.core.merchant.MccDirectory;
import il.gov.cal.core.money.CurrencyUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Everything about one organisation that transactions refer to, drawn once before its file is
 * written: the unit hierarchy (ministry, divisions, units), cardholders, their cards, and the
 * merchants they buy from. Its size follows the number of transactions, not the other way round,
 * and it is small next to them (one cardholder per 150 transactions, at most 20,000).
 */
final class OrganisationPlan {

  /** Issued cards: test BIN 458000, then the seed tag, the organisation and a card serial. */
  static final String ISSUED_PREFIX = "458000";

  /** Never issued: card numbers under this prefix are the generator's "unknown account" faults. */
  static final String UNISSUED_PREFIX = "458099";

  static final int MAX_ORGANISATIONS = 999;

  private static final int MAX_CARDHOLDERS = 20_000;

  /** A node of the unit hierarchy; {@code parentCode} is empty for the ministry itself. */
  record Unit(String code, String parentCode, int level, String name) {}

  /** A cardholder and the unit they work in. */
  record Cardholder(
      String id,
      String firstName,
      String lastName,
      String unitCode,
      String addressLine,
      String city,
      String postalCode,
      String phone,
      String email,
      String employeeId) {}

  /** A card of a cardholder, charged to the cardholder's unit. */
  record Card(String pan, Cardholder holder, LocalDate openDate) {}

  /** A merchant: where it is, what it sells, which currency it charges in. */
  record MerchantProfile(
      String name,
      String city,
      String state,
      String countryCode,
      String postalCode,
      String acceptorId,
      String acquiringBin,
      String mcc,
      SpendCategory category,
      CurrencyUnit currency) {}

  private record ForeignPlace(String countryCode, String currency, String city, String state) {}

  private static final List<ForeignPlace> FOREIGN_PLACES =
      List.of(
          new ForeignPlace("840", "USD", "NEW YORK", "NY"),
          new ForeignPlace("840", "USD", "WASHINGTON", "DC"),
          new ForeignPlace("840", "USD", "SAN FRANCISCO", "CA"),
          new ForeignPlace("826", "GBP", "LONDON", ""),
          new ForeignPlace("276", "EUR", "BERLIN", ""),
          new ForeignPlace("250", "EUR", "PARIS", ""),
          new ForeignPlace("380", "EUR", "ROME", ""),
          new ForeignPlace("528", "EUR", "AMSTERDAM", ""),
          new ForeignPlace("056", "EUR", "BRUSSELS", ""));

  private static final List<SpendCategory> FOREIGN_CATEGORIES =
      List.of(
          SpendCategory.RESTAURANTS,
          SpendCategory.LODGING,
          SpendCategory.AIR_TRAVEL,
          SpendCategory.GROUND_TRANSPORT,
          SpendCategory.IT_AND_TELECOM);

  final int organisation;
  final String seedTag;
  final String companyId;
  final String name;
  final List<Unit> units = new ArrayList<>();
  final List<Cardholder> cardholders = new ArrayList<>();
  final List<Card> cards = new ArrayList<>();
  final List<MerchantProfile> domesticMerchants = new ArrayList<>();
  final List<MerchantProfile> foreignMerchants = new ArrayList<>();

  private final SplittableRandom random;
  private final Map<SpendCategory, List<String>> codes = new EnumMap<>(SpendCategory.class);

  private OrganisationPlan(int organisation, String seedTag, SplittableRandom random) {
    this.organisation = organisation;
    this.seedTag = seedTag;
    this.random = random;
    this.companyId = companyId(seedTag, organisation);
    String ministry = NameBank.MINISTRIES.get(organisation % NameBank.MINISTRIES.size());
    int round = organisation / NameBank.MINISTRIES.size();
    this.name = round == 0 ? ministry : ministry + " " + (round + 1);
  }

  /**
   * Six digits drawn from {@code seed} that set one run's identifiers apart from another's: company
   * ids, and through them transaction references, and card numbers. Two seeds share a tag about
   * once in a million, and the four digits card numbers carry about once in ten thousand.
   */
  static String seedTag(long seed) {
    return String.format("%06d", new SplittableRandom(seed).nextInt(1_000_000));
  }

  /**
   * The issuer company id of organisation {@code organisation} (0-based) under {@code seedTag}: 2,
   * the tag, then the organisation's number from 001, ten digits in all.
   */
  static String companyId(String seedTag, int organisation) {
    return "2" + seedTag + threeDigits(organisation + 1);
  }

  static OrganisationPlan draw(
      int organisation,
      String seedTag,
      long transactions,
      int year,
      SplittableRandom random,
      MccDirectory mcc) {
    if (organisation < 0 || organisation >= MAX_ORGANISATIONS) {
      throw new IllegalArgumentException("organisation index must be 0 to 998");
    }
    OrganisationPlan plan = new OrganisationPlan(organisation, seedTag, random);
    for (SpendCategory category : SpendCategory.values()) {
      plan.codes.put(category, category.codesIn(mcc));
    }
    plan.drawUnits();
    int cardholderCount = (int) Math.max(3, Math.min(MAX_CARDHOLDERS, transactions / 150));
    plan.drawCardholdersAndCards(cardholderCount, year);
    int merchantCount = (int) Math.max(30, Math.min(4_000, transactions / 40));
    plan.drawMerchants(merchantCount);
    return plan;
  }

  /**
   * Builds a 19-digit card number under {@code prefix}: 6-digit BIN, the seed tag's first four
   * digits, organisation, 5-digit serial (the plan has at most 20,000 cardholders, so fewer than
   * 100,000 cards), check digit.
   */
  static String pan(String prefix, String seedTag, int organisation, int serial) {
    String payload =
        prefix
            + seedTag.substring(0, 4)
            + threeDigits(organisation)
            + String.format("%05d", serial);
    return payload + Luhn.checkDigit(payload);
  }

  private void drawUnits() {
    String ministryCode = "M" + threeDigits(organisation + 1);
    units.add(new Unit(ministryCode, "", 0, name));
    int divisions = 3 + random.nextInt(3);
    for (int d = 1; d <= divisions; d++) {
      String divisionCode = ministryCode + "-D" + d;
      String divisionName = NameBank.DIVISIONS.get((organisation + d) % NameBank.DIVISIONS.size());
      units.add(new Unit(divisionCode, ministryCode, 1, divisionName));
      int leaves = 2 + random.nextInt(3);
      for (int u = 1; u <= leaves; u++) {
        String region = NameBank.REGIONS.get((d + u) % NameBank.REGIONS.size());
        units.add(new Unit(divisionCode + "-U" + u, divisionCode, 2, divisionName + " " + region));
      }
    }
  }

  private void drawCardholdersAndCards(int count, int year) {
    List<Unit> leaves = units.stream().filter(unit -> unit.level() == 2).toList();
    for (int i = 1; i <= count; i++) {
      String first = pick(NameBank.FIRST_NAMES);
      String last = pick(NameBank.LAST_NAMES);
      String serial = String.format("%06d", i);
      String email =
          (first + "." + last).toLowerCase(Locale.ROOT).replace(' ', '-')
              + "."
              + serial
              + "@example.invalid";
      Cardholder holder =
          new Cardholder(
              "CH-" + serial,
              first,
              last,
              pick(leaves).code(),
              (1 + random.nextInt(120)) + " " + pick(NameBank.STREETS) + " St",
              pick(NameBank.CITIES),
              String.format("%07d", 1_000_000 + random.nextInt(9_000_000)),
              "050-555" + String.format("%04d", random.nextInt(10_000)),
              email,
              "E" + threeDigits(organisation) + serial);
      cardholders.add(holder);
      int cardsOfHolder = random.nextInt(10) == 0 ? 2 : 1;
      for (int c = 0; c < cardsOfHolder; c++) {
        LocalDate opened =
            LocalDate.of(year - 1 - random.nextInt(5), 1, 1).plusDays(random.nextInt(365));
        cards.add(
            new Card(pan(ISSUED_PREFIX, seedTag, organisation, cards.size() + 1), holder, opened));
      }
    }
  }

  private void drawMerchants(int count) {
    int total = SpendCategory.totalWeight();
    for (int i = 0; i < count; i++) {
      SpendCategory category = SpendCategory.byWeight(random.nextInt(total));
      String city = pick(NameBank.CITIES);
      domesticMerchants.add(
          merchant(category, city, "", "376", CurrencyUnit.ILS, domesticMerchants.size()));
    }
    for (int i = 0; i < 30; i++) {
      ForeignPlace place = pick(FOREIGN_PLACES);
      SpendCategory category = pick(FOREIGN_CATEGORIES);
      foreignMerchants.add(
          merchant(
              category,
              place.city(),
              place.state(),
              place.countryCode(),
              CurrencyUnit.of(place.currency()),
              count + i));
    }
  }

  private MerchantProfile merchant(
      SpendCategory category,
      String city,
      String state,
      String country,
      CurrencyUnit currency,
      int serial) {
    String merchantName = pick(NameBank.MERCHANT_WORDS) + " " + category.merchantNoun();
    return new MerchantProfile(
        merchantName,
        city,
        state,
        country,
        String.format("%05d", random.nextInt(100_000)),
        "MID" + threeDigits(organisation) + String.format("%07d", serial),
        "4" + String.format("%05d", random.nextInt(100_000)),
        pick(codes.get(category)),
        category,
        currency);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String threeDigits(int value) {
    return String.format("%03d", value);
  }
}
