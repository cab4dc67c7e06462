/**
 * Generates VCF 4.0 issuer files for tests, demonstrations and load runs: organisations with a
 * ministry, division and unit hierarchy, cardholders with invented transliterated names, cards with
 * Luhn-valid numbers under a test prefix, and a year of transactions with a realistic mix of
 * merchant categories (from the MCC reference list), log-normal amounts, foreign-currency purchases
 * billed in shekels, refunds and reversals of earlier purchases, and, on request, a known number of
 * bad records.
 *
 * <p>Layout: one file per organisation, because a transmission header carries exactly one company
 * id; {@code vcf40-<companyId>-<year>.tsv} beside {@code units-<companyId>.tsv}, which lists the
 * unit hierarchy that VCF refers to only by node code. Company ids are 2, six digits drawn from the
 * seed, then the organisation's number from 001; transaction references and card numbers carry the
 * same digits, so another seed gives another set of organisations, cards and transactions.
 *
 * <p>Guarantees: the same {@link il.gov.cal.core.importing.generator.GeneratorSpec} gives
 * byte-identical files; files pass {@link il.gov.cal.core.importing.vcf.VcfValidator}, with block
 * counts and control totals that match; every bad record is rejected on its own by {@link
 * il.gov.cal.core.importing.vcf.VcfReader} (a non-numeric billing amount, which the control total
 * leaves out, or a card number no account in the file declares, reported when the reader checks
 * accounts). Transactions are streamed, so a million of them take no more memory than a thousand.
 *
 * <p>Not for production data: amounts, exchange rates and names are plausible, not real.
 */
package il.gov.cal.core.importing.generator;
