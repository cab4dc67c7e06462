/**
 * Who is calling: the {@link il.gov.cal.security.identity.CallerContext} built from the verified
 * JWT that the CC identity component issues (MicroProfile JWT verifies it before any application
 * code runs), and the tenant and unit scope every service checks against.
 *
 * <p>Claims read: {@code sub} (or {@code upn}), {@code groups} (role names such as {@code
 * platform-admin}), {@code org} (organisation id), {@code unit} (unit id), {@code unit_path} (the
 * unit's path in its organisation's tree) and {@code cardholder} (cardholder id). Unknown groups
 * are ignored, so a token never gains a role by a misspelling.
 *
 * <p>{@link il.gov.cal.security.identity.LocalTokenIssuer} mints such tokens for development and
 * tests only, and refuses to run in the beta and prod profiles; it is not a substitute for the CC
 * component.
 */
package il.gov.cal.security.identity;
