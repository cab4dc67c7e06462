package il.gov.cal.cardview.session;

import il.gov.cal.odsaccess.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;

/**
 * The session of the current request, from the session cookie. Every feature of the site asks here;
 * there is no other way to learn which cardholder and card a request is for.
 */
@RequestScoped
public class SessionGuard {

  /** The session cookie's name. */
  public static final String COOKIE = "CAL_CARD_VIEW";

  @Inject HttpServletRequest request;
  @Inject SessionStore sessions;

  private CardViewSession current;

  /**
   * @throws ProblemException 401 when the request has no live session
   */
  public CardViewSession require() {
    if (current == null) {
      String id = sessionId();
      current = id == null ? null : sessions.find(id, Instant.now()).orElse(null);
      if (current == null) {
        throw ProblemException.unauthorized(
            "no-session", "No open session; open the site again from the app.");
      }
    }
    return current;
  }

  /** The raw session id of the request's cookie, or null. */
  public String sessionId() {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
        return cookie.getValue();
      }
    }
    return null;
  }
}
