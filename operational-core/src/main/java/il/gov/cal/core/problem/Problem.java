package il.gov.cal.core.problem;

import java.util.List;

/**
 * The body of every error response, per RFC 9457, with two extension members: {@code code}, stable
 * for clients to branch on, and {@code errors}, the fields to fix (absent when there are none).
 *
 * @param type a URI naming the kind of problem, derived from the code
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong in this occurrence, safe to show
 * @param instance the request path
 * @param code the stable code, e.g. {@code card.illegal-transition}
 * @param errors the rejected fields, or null
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<FieldError> errors) {

  /** The media type of problem responses. */
  public static final String MEDIA_TYPE = "application/problem+json";

  static Problem of(ProblemException e, String instance) {
    List<FieldError> errors = e.fieldErrors().isEmpty() ? null : e.fieldErrors();
    return new Problem(
        "urn:cal:problem:" + e.code(),
        e.title(),
        e.status(),
        e.getMessage(),
        instance,
        e.code(),
        errors);
  }
}
