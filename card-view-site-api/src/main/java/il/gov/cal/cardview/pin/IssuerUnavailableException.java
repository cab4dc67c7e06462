package il.gov.cal.cardview.pin;

/** The issuer's PIN service did not answer, or answered with an error. */
public class IssuerUnavailableException extends Exception {

  public IssuerUnavailableException(String message) {
    super(message);
  }
}
