/** Who is asking: the caller's organisation, from the caller's identity and nowhere else. */
package il.gov.cal.odsquery.caller;
