package il.gov.cal.security.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/** Reads the problem body of a mapped response. */
final class Responses {

  private Responses() {}

  static JsonObject body(Response response) {
    return Json.createReader(new StringReader((String) response.getEntity())).readObject();
  }
}
