/**
 * PIN recovery: a one-time code through {@link il.gov.cal.cardview.pin.OtpNotifier}, then the PIN
 * from the issuer through {@link il.gov.cal.cardview.pin.IssuerPinService}, returned once and never
 * kept. Five wrong codes lock recovery for the card for a day.
 */
package il.gov.cal.cardview.pin;
