package il.gov.cal.core.card.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the issuer made for a requested card. {@code toString()} omits the token.
 *
 * @param issuerToken the issuer's reference standing in for the card number
 * @param last4 the last four digits of the card number
 * @param expiry the expiry month, {@code YYYY-MM}
 */
public record RecordIssuanceRequest(
    @NotBlank @Size(max = 128) String issuerToken,
    @NotNull @Pattern(regexp = "\\d{4}", message = "must be exactly four digits") String last4,
    @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be YYYY-MM")
        String expiry) {

  @Override
  public String toString() {
    return "RecordIssuanceRequest[expiry=" + expiry + "]";
  }
}
