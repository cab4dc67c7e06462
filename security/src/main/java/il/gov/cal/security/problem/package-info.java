/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}), produced in one place for
 * every service, and the small exception vocabulary services throw: {@link
 * il.gov.cal.security.problem.DomainRuleViolation}, {@link il.gov.cal.security.problem.NotFound},
 * {@link il.gov.cal.security.problem.BadRequest}, {@link il.gov.cal.security.problem.AccessDenied}
 * and {@link il.gov.cal.security.problem.Unauthenticated}, each with a stable code. A service maps
 * an exception of its own infrastructure by extending {@link
 * il.gov.cal.security.problem.ProblemMapper}, which gives the same shape.
 *
 * <p>Guarantees: every problem's detail, instance and field reasons pass through the {@link
 * il.gov.cal.security.redaction.Redactor}; every problem carries the request's correlation id; an
 * unexpected exception becomes a 500 with a generic detail, and is logged (redacted) with that id.
 *
 * <p>Wiring: the mappers are plain JAX-RS {@code @Provider} classes. Open Liberty discovers
 * providers in {@code WEB-INF/lib} jars when the application's {@code Application} subclass returns
 * no classes (annotation scanning); an application that lists its classes must add {@link
 * il.gov.cal.security.web.SecurityProviders#classes()}.
 *
 * <p>Limitation: whether a JSON-B failure is the client's (malformed body, 400) or the server's (a
 * response that cannot be serialised, 500) is judged from the exception chain: a JSON-P parse error
 * or a JSON-B message about deserialising means the client's; anything else is the server's.
 */
package il.gov.cal.security.problem;
