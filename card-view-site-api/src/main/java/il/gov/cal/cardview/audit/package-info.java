/** Security events of the site: a log line without secrets and an audit row per event. */
package il.gov.cal.cardview.audit;
