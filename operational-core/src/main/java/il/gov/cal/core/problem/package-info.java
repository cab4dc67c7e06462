/**
 * The core's small exception vocabulary and its single mapping to RFC 9457 problem details ({@code
 * application/problem+json}). Every error the API returns passes through {@link
 * il.gov.cal.core.problem.ProblemMappers}; each problem carries a stable {@code code} that clients
 * may branch on, while {@code detail} is for people and may change.
 *
 * <p>These types stand in for the platform's shared problem vocabulary in the {@code security}
 * module; when that module ships its exception bases and mappers, this package is the only one to
 * replace: the rest of the core throws these few types and nothing else.
 */
package il.gov.cal.core.problem;
