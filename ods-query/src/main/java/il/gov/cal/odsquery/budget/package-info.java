/** The budget view: allocated, spent and available per unit and period, from the ODS. */
package il.gov.cal.odsquery.budget;
