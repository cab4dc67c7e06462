/** ODS status: per alias, whether it answers, its size and the pipeline's freshness record. */
package il.gov.cal.odsquery.status;
