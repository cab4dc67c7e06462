package il.gov.cal.security.problem;

import static il.gov.cal.security.problem.Responses.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import il.gov.cal.security.correlation.CorrelationId;
import il.gov.cal.security.testing.CapturingHandler;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OtherExceptionMappersTest {

  /** A request body type for JSON-B failures. */
  public static class Payment {
    public int amount;
  }

  private final Logger problemLogger = Logger.getLogger("il.gov.cal.security.problem");
  private final CapturingHandler log = new CapturingHandler();

  @BeforeEach
  void captureLog() {
    problemLogger.addHandler(log);
  }

  @AfterEach
  void release() {
    problemLogger.removeHandler(log);
    CorrelationId.unbind();
  }

  @Test
  void aNotFoundExceptionIsA404ProblemNamedNotFound() {
    Response response = new WebApplicationExceptionMapper().toResponse(new NotFoundException());

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(body(response).getString("code")).isEqualTo("not-found");
    assertThat(body(response).getString("title")).isEqualTo("Not Found");
  }

  @Test
  void theFrameworksOwnMessageNeverBecomesTheDetail() {
    Response response =
        new WebApplicationExceptionMapper()
            .toResponse(
                new NotAllowedException(
                    "RESTEASY003650: No resource method found for GET,"
                        + " return 405 with Allow header",
                    "POST",
                    new String[0]));

    assertThat(response.getStatus()).isEqualTo(405);
    assertThat(body(response).getString("detail"))
        .doesNotContain("RESTEASY")
        .contains("Allow header");
    assertThat(response.getHeaderString("Allow")).contains("POST");
  }

  @Test
  void aNotAuthorizedExceptionKeepsItsChallengeHeader() {
    Response response =
        new WebApplicationExceptionMapper().toResponse(new NotAuthorizedException("Bearer"));

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
  }

  @Test
  void aServiceUnavailableExceptionKeepsItsStatusAndRetryAfterWithAGenericDetail() {
    Response response =
        new WebApplicationExceptionMapper()
            .toResponse(new ServiceUnavailableException("pool of 4111111111111111", 30L, null));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("30");
    assertThat(body(response).getString("detail")).isEqualTo(ProblemMapper.INTERNAL_ERROR_DETAIL);
  }

  @Test
  void aBadRequestCausedByAJsonSyntaxErrorNamesTheLineAndColumn() {
    JsonParsingException parsing =
        catchThrowableOfType(
            JsonParsingException.class,
            () -> Json.createReader(new StringReader("{\n \"amount\": ]")).readObject());

    Response response =
        new WebApplicationExceptionMapper().toResponse(new BadRequestException(parsing));

    JsonObject body = body(response);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body.getString("code")).isEqualTo("malformed-json");
    assertThat(body.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("line 2, column 12");
  }

  @Test
  void aJsonbDeserialisationFailureIsA400NamingTheProperty() {
    JsonbException failure =
        catchThrowableOfType(
            JsonbException.class,
            () ->
                JsonbBuilder.create()
                    .fromJson("{\"amount\":\"4111111111111111x\"}", Payment.class));

    Response direct = new JsonbExceptionMapper().toResponse(failure);
    Response wrapped =
        new ProcessingExceptionMapper().toResponse(new ProcessingException("read failed", failure));

    assertThat(direct.getStatus()).isEqualTo(400);
    assertThat(body(direct).getString("code")).isEqualTo("malformed-json");
    assertThat(body(direct).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("amount");
    assertThat(wrapped.getStatus()).isEqualTo(400);
    assertThat((String) direct.getEntity()).doesNotContain("4111111111111111");
  }

  @Test
  void aProcessingExceptionUnrelatedToJsonIsA500() {
    Response response =
        new ProcessingExceptionMapper().toResponse(new ProcessingException("writer exploded"));

    assertThat(response.getStatus()).isEqualTo(500);
  }

  @Test
  void anUnexpectedExceptionIsA500WithAGenericDetailAndIsLoggedRedactedWithTheSameId() {
    CorrelationId.bind("req-00000042");

    Response response =
        new UnhandledExceptionMapper()
            .toResponse(new IllegalStateException("charge of card 4111111111111111 failed"));

    JsonObject body = body(response);
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(body.getString("detail")).isEqualTo(ProblemMapper.INTERNAL_ERROR_DETAIL);
    assertThat(body.getString("correlationId")).isEqualTo("req-00000042");
    assertThat((String) response.getEntity()).doesNotContain("4111");
    LogRecord record = log.records.get(0);
    assertThat(record.getMessage()).contains("correlationId=req-00000042");
    assertThat(record.getThrown().toString())
        .isEqualTo("java.lang.IllegalStateException: charge of card [PAN ****1111] failed");
  }
}
