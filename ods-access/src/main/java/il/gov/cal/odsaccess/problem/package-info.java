/**
 * The ODS read services' exception vocabulary: {@link
 * il.gov.cal.odsaccess.problem.ProblemException}, a {@code ServiceException} of the security
 * module, whose mappers answer it (and every other failure) as an RFC 9457 problem.
 */
package il.gov.cal.odsaccess.problem;
