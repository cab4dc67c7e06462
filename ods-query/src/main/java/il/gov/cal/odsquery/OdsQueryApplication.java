package il.gov.cal.odsquery;

import il.gov.cal.odsquery.caller.OdsRoles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The portal's transaction search, spend analytics, CSV export and budget view, answered from the
 * ODS alone.
 *
 * <p>Every resource requires a bearer token of the CC identity component, verified by MicroProfile
 * JWT (signature against CC's keys, issuer, audience, expiry); each resource declares the roles it
 * allows (the table is in the module README). The caller's organisation is the token's {@code org}
 * claim. Only the health checks and the OpenAPI documents, served by the server rather than this
 * application, are open. Problem responses, correlation ids, security headers and rate limits come
 * from the security module's providers, found by annotation scanning.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "cal")
@DeclareRoles({
  OdsRoles.PLATFORM_ADMIN,
  OdsRoles.ORG_ADMIN,
  OdsRoles.FINANCE_MANAGER,
  OdsRoles.UNIT_MANAGER,
  OdsRoles.ANALYST
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cal ODS query",
            version = "1",
            description =
                "Transaction search with cursor pagination, spend aggregations, CSV export, the"
                    + " budget view and ODS freshness, read from the ODS only. Every call needs a"
                    + " bearer token. Amounts are decimal strings in the named currency. Errors are"
                    + " RFC 9457 problem details."))
public class OdsQueryApplication extends Application {}
