package il.gov.cal.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The operational core's REST API: portal administration and the issuer-file imports.
 *
 * <p>Every resource requires a bearer token of the CC identity component, verified by MicroProfile
 * JWT (signature against CC's keys, issuer, audience, expiry); each resource method declares the
 * roles it allows (the table is in the module README). Only the health checks and the OpenAPI
 * documents, served by the server rather than this application, are open.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "cal")
@DeclareRoles({
  CoreRoles.PLATFORM_ADMIN,
  CoreRoles.ORG_ADMIN,
  CoreRoles.FINANCE_MANAGER,
  CoreRoles.UNIT_MANAGER,
  CoreRoles.CARDHOLDER,
  CoreRoles.ANALYST,
  CoreRoles.ISSUER_SYSTEM
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cal operational core",
            version = "1",
            description =
                "Organisations, units, cardholders, cards, budgets, transactions and issuer-file"
                    + " imports. Every call needs a bearer token. Errors are RFC 9457 problem"
                    + " details."))
public class CoreApplication extends Application {}
