package il.gov.cal.cardview;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The card-view site's API: the employee opens it from the mobile app with a deep link, then sees
 * their card, its transactions and charges, and can recover the PIN. Everything is read from the
 * ODS; the operational core may be down.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cal card-view site API",
            version = "1",
            description =
                "Session from the app's deep link, then the card, its transactions, monthly charges"
                    + " and PIN recovery, for that one card. Errors are RFC 9457 problem details."))
public class CardViewApplication extends Application {}
