package il.gov.cal.cardview.pin;

import il.gov.cal.cardview.session.CardViewSession;

/**
 * Delivers a one-time code to the cardholder through a channel the cardholder registered with the
 * issuer (in production: SMS through the issuer's messaging gateway). Implementations never log the
 * code.
 */
public interface OtpNotifier {

  /**
   * @throws il.gov.cal.odsaccess.problem.ProblemException 503 when the channel is unavailable
   */
  void send(CardViewSession session, String code);
}
