/**
 * What the operational core needs to run at all: its schema migration at start-up and the health
 * checks that say whether it can serve.
 */
package il.gov.cal.core.platform;
