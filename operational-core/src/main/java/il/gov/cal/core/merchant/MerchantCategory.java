package il.gov.cal.core.merchant;

import java.util.Objects;

/**
 * One merchant category code (MCC, ISO 18245) with its descriptions.
 *
 * @param code four digits, leading zeros kept ({@code "0742"})
 * @param description the edited description, for people ("Eating places and Restaurants")
 * @param irsDescription the shorter US IRS wording, empty when the source has none
 */
public record MerchantCategory(String code, String description, String irsDescription) {

  /** Validates the code's shape: exactly four ASCII digits. */
  public MerchantCategory {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(irsDescription, "irsDescription");
    if (!isWellFormedCode(code)) {
      throw new IllegalArgumentException("an MCC is four digits, got '" + code + "'");
    }
  }

  /** Whether {@code code} has the shape of an MCC: exactly four ASCII digits. */
  public static boolean isWellFormedCode(String code) {
    if (code == null || code.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
