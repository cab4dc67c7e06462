package il.gov.cal.core.importing.vcf;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which card accounts a transaction may name: any (no check), or those declared in a type-3 block
 * earlier in the same file plus those the caller knows from before. Holds one token per declared
 * card, so its memory grows with the number of cards, never with the number of transactions.
 */
final class KnownAccounts {

  private final Predicate<String> knownElsewhere;
  private final Set<String> declaredInFile;

  private KnownAccounts(Predicate<String> knownElsewhere) {
    this.knownElsewhere = knownElsewhere;
    this.declaredInFile = knownElsewhere == null ? null : new HashSet<>();
  }

  static KnownAccounts unchecked() {
    return new KnownAccounts(null);
  }

  static KnownAccounts declaredInFileOr(Predicate<String> knownElsewhere) {
    return new KnownAccounts(knownElsewhere);
  }

  void declare(CardToken card) {
    if (declaredInFile != null) {
      declaredInFile.add(card.token());
    }
  }

  boolean isKnown(CardToken card) {
    return knownElsewhere == null
        || declaredInFile.contains(card.token())
        || knownElsewhere.test(card.token());
  }
}
