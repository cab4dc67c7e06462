package il.gov.cal.odsquery;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The portal's transaction search, spend analytics, CSV export and budget view, answered from the
 * ODS alone. The caller's organisation always comes from the caller's identity.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cal ODS query",
            version = "1",
            description =
                "Transaction search with cursor pagination, spend aggregations, CSV export, the"
                    + " budget view and ODS freshness, read from the ODS only. Amounts are decimal"
                    + " strings in the named currency. Errors are RFC 9457 problem details."))
public class OdsQueryApplication extends Application {}
