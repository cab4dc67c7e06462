package il.gov.cal.core.tenancy;

import jakarta.persistence.MappedSuperclass;

/**
 * Base of every entity stored in a row carrying {@code org_id}. It maps nothing itself: {@code
 * META-INF/eclipselink-orm.xml} declares it multitenant, so the tenant column is written and
 * filtered by EclipseLink from the entity manager's {@code cal.tenant} property and is never an
 * attribute application code could set or forget.
 */
@MappedSuperclass
public abstract class TenantOwned {}
