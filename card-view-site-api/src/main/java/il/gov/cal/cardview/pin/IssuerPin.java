package il.gov.cal.cardview.pin;

/**
 * A card's PIN as the issuer returned it, held only for the response being written. Its {@code
 * toString} hides the digits so it cannot reach a log by accident.
 */
public record IssuerPin(String digits) {

  @Override
  public String toString() {
    return "IssuerPin[****]";
  }
}
