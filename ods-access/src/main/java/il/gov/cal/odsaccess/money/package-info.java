/** Money as the ODS holds it (signed minor units beside an ISO 4217 code) and as APIs show it. */
package il.gov.cal.odsaccess.money;
