package il.gov.cal.cardview.pin;

/**
 * The issuer's PIN service, reached at the moment of a PIN request. The platform never stores a
 * PIN; it fetches it from the issuer each time and hands it to the cardholder once.
 */
public interface IssuerPinService {

  /**
   * @throws IssuerUnavailableException when the issuer does not answer in time or refuses
   */
  IssuerPin currentPin(long orgId, long cardId) throws IssuerUnavailableException;
}
