package il.gov.cal.odsaccess.problem;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** Builds {@code application/problem+json} bodies, the same way for every mapper. */
public final class ProblemResponses {

  /** Media type of an RFC 9457 problem document. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Prefix of every problem type URI; the stable code follows it. */
  public static final String TYPE_PREFIX = "https://cal.gov.il/problems/";

  private ProblemResponses() {}

  /** A problem response with no caching, since problems describe one request. */
  public static Response of(int status, String code, String title, String detail) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", TYPE_PREFIX + code)
            .add("title", title)
            .add("status", status)
            .add("code", code);
    if (detail != null) {
      body.add("detail", detail);
    }
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.status(status)
        .type(MEDIA_TYPE)
        .cacheControl(noStore)
        .entity(body.build().toString())
        .build();
  }
}
