package il.gov.cal.core;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The operational core's REST API: portal administration and the issuer-file imports. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cal operational core",
            version = "1",
            description =
                "Organisations, units, cardholders, cards, budgets, transactions and issuer-file"
                    + " imports. Errors are RFC 9457 problem details."))
public class CoreApplication extends Application {}
