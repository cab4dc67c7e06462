/**
 * The one redaction layer: every log line and every error response passes through {@link
 * il.gov.cal.security.redaction.Redactor} before it leaves the process.
 *
 * <p>Guarantees: card numbers that pass the Luhn check keep only their last four digits; Israeli
 * national ids that pass their check digit are removed; values of fields whose names mark them as
 * secrets become {@code [REDACTED]}, in {@code key=value}, {@code key: value} and JSON form
 * (escaped JSON inside a JSON log line included); bearer tokens and JWTs are removed. A name is
 * secret when, ignoring case, underscores and hyphens, it contains password, passwd, secret, token,
 * authorization, nationalid, apikey, privatekey or credential, or ends in pin, otp, pan, cvv, cvv2,
 * cvc or pwd (optionally followed by code, number or value): so {@code newPin} and {@code
 * access_token} are caught, and a harmless {@code tokenCount} is masked too. Redaction is
 * idempotent and runs in time linear in the length of its input (possessive, bounded patterns; no
 * nested quantifiers that backtrack).
 *
 * <p>Limitations, chosen to keep false positives rare on ordinary log text: a national id is only
 * recognised in free text as a standalone run of 8 or 9 digits (or 5 to 8 digits, a dash and the
 * check digit) not joined to letters or hyphens, so a 7-digit id written without its leading zeros
 * passes through unless it sits under a sensitive field name; a card number is only recognised as
 * 13 to 19 contiguous digits or as a first group of four followed by two to four groups of three to
 * six digits, separated by single spaces or dashes; digits embedded in a longer digit run are not
 * examined. About one random 9-digit number in ten passes the national-id check digit and is masked
 * too: over-masking is preferred to a leak.
 */
package il.gov.cal.security.redaction;
