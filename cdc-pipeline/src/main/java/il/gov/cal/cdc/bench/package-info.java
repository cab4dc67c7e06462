/** The benchmark run by {@code ./platform bench cdc}; not part of the test suite. */
package il.gov.cal.cdc.bench;
