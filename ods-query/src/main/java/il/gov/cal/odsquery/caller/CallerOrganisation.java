package il.gov.cal.odsquery.caller;

/**
 * The organisation of the authenticated caller: the one tenant every query is confined to. It is
 * never taken from a query parameter or a request body.
 */
public interface CallerOrganisation {

  /**
   * @return the caller's organisation id
   * @throws il.gov.cal.odsaccess.problem.ProblemException 401 when the caller has no identity
   */
  long orgId();
}
