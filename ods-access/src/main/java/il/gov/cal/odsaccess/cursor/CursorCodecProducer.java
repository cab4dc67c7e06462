package il.gov.cal.odsaccess.cursor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the service's {@link CursorCodec} from {@code cal.ods.cursor.key}. */
@ApplicationScoped
public class CursorCodecProducer {

  @Inject
  @ConfigProperty(name = "cal.ods.cursor.key")
  String key;

  @Produces
  CursorCodec codec() {
    return new CursorCodec(key.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
  }
}
