/**
 * Which organisation (tenant) a request acts for, and the persistence that can only see that
 * organisation's rows.
 *
 * <p>Isolation is enforced by EclipseLink single-table multitenancy: every tenant-owned entity
 * extends {@link il.gov.cal.core.tenancy.TenantOwned}, which {@code META-INF/eclipselink-orm.xml}
 * declares multitenant on the {@code org_id} column with the context property {@code cal.tenant}.
 * {@link il.gov.cal.core.tenancy.TenantPersistence} creates one application-managed entity manager
 * per request with that property set at creation, so every select, update and delete it issues
 * carries {@code org_id = ?} and every insert writes it; another organisation's row is simply not
 * there. The property is fixed when the entity manager is created rather than set on a
 * container-managed one, because a transaction-scoped entity manager may already be bound to the
 * transaction when application code runs, and EclipseLink applies a tenant reliably only to an
 * entity manager that has not been used yet.
 *
 * <p>The caller's organisation comes from a {@link il.gov.cal.core.tenancy.TenantResolver}. The one
 * implementation, {@link il.gov.cal.core.tenancy.TokenTenantResolver}, reads the {@code org} claim
 * of the caller's verified JWT; no request parameter, header or body member can name it.
 */
package il.gov.cal.core.tenancy;
