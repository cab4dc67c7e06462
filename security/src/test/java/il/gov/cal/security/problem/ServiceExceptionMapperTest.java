package il.gov.cal.security.problem;

import static il.gov.cal.security.problem.Responses.body;
import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.correlation.CorrelationId;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceExceptionMapperTest {

  private final ServiceExceptionMapper mapper = new ServiceExceptionMapper();

  @AfterEach
  void clearCorrelation() {
    CorrelationId.unbind();
  }

  @Test
  void aDomainRuleViolationIsA422ProblemWithItsCodeAndTheCurrentCorrelationId() {
    CorrelationId.bind("req-00000001");

    Response response =
        mapper.toResponse(new DomainRuleViolation("budget.exceeded", "Unit budget is exhausted."));

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    assertThat(response.getHeaderString("X-Correlation-Id")).isEqualTo("req-00000001");
    assertThat(body(response).getString("code")).isEqualTo("budget.exceeded");
    assertThat(body(response).getString("type")).isEqualTo("urn:cal:problem:budget.exceeded");
    assertThat(body(response).getString("correlationId")).isEqualTo("req-00000001");
  }

  @Test
  void aConflictingDomainRuleViolationIsA409() {
    Response response =
        mapper.toResponse(
            new DomainRuleViolation(
                DomainRuleViolation.Kind.CONFLICT, "card.frozen", "The card is frozen."));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response).getString("title")).isEqualTo("Conflict with the current state");
  }

  @Test
  void anUnknownOrganisationIs401WithTheInvalidTokenBearerChallenge() {
    Response response =
        mapper.toResponse(new Unauthenticated("tenant.unknown", "The organisation is not known"));

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeaderString("WWW-Authenticate"))
        .isEqualTo("Bearer error=\"invalid_token\"");
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    assertThat(body(response).getString("code")).isEqualTo("tenant.unknown");
  }

  @Test
  void aRefusalOtherThan401CarriesNoChallenge() {
    Response denied = mapper.toResponse(new AccessDenied("role.required", "Needs org-admin."));

    assertThat(denied.getHeaderString("WWW-Authenticate")).isNull();
  }

  @Test
  void notFoundBadRequestAndAccessDeniedKeepTheirStatusAndFieldErrors() {
    Response notFound = mapper.toResponse(new NotFound("card.not-found", "No such card."));
    Response badRequest =
        mapper.toResponse(
            new BadRequest(
                "file.header", "Bad header.", List.of(new FieldError("header", "missing"))));
    Response denied = mapper.toResponse(new AccessDenied("role.required", "Needs org-admin."));

    assertThat(notFound.getStatus()).isEqualTo(404);
    assertThat(badRequest.getStatus()).isEqualTo(400);
    assertThat(body(badRequest).getJsonArray("errors")).hasSize(1);
    assertThat(denied.getStatus()).isEqualTo(403);
    assertThat(notFound.getHeaderString("X-Correlation-Id")).isNotBlank();
  }

  @Test
  void aDetailHoldingASensitiveValueIsRedactedInTheExceptionAndTheResponse() {
    NotFound exception = new NotFound("cardholder.not-found", "No cardholder 123456782.");

    assertThat(exception.getMessage()).isEqualTo("No cardholder [NATIONAL-ID].");
    assertThat((String) mapper.toResponse(exception).getEntity()).doesNotContain("123456782");
  }
}
