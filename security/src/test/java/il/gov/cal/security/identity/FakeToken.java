package il.gov.cal.security.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A verified token as MicroProfile JWT would present it, over a map of claims. */
final class FakeToken implements JsonWebToken {

  final Map<String, Object> claims = new HashMap<>();

  FakeToken with(String name, Object value) {
    claims.put(name, value);
    return this;
  }

  @Override
  public String getName() {
    return (String) claims.get("upn");
  }

  @Override
  public Set<String> getClaimNames() {
    return claims.keySet();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getClaim(String claimName) {
    return (T) claims.get(claimName);
  }
}
