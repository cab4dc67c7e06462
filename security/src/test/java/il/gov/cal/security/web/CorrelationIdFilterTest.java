package il.gov.cal.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import il.gov.cal.security.correlation.CorrelationId;
import il.gov.cal.security.testing.FakeRequest;
import il.gov.cal.security.testing.FakeResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdFilterTest {

  private final CorrelationIdFilter filter = new CorrelationIdFilter();
  private final FakeRequest request = new FakeRequest();
  private final FakeResponse response = new FakeResponse();

  @AfterEach
  void clear() {
    CorrelationId.unbind();
  }

  @Test
  void aValidCallerIdIsUsedKeptInTheMdcAndEchoedThenCleared() {
    request.headers.put("X-Correlation-Id", "portal-7f3a9c21");

    filter.filter(request.context());
    assertThat(CorrelationId.current()).isEqualTo("portal-7f3a9c21");
    filter.filter(request.context(), response.context());

    assertThat(response.headers.getFirst("X-Correlation-Id")).isEqualTo("portal-7f3a9c21");
    assertThat(CorrelationId.current()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "short",
        "has space in it",
        "x1234567890123456789012345678901234567890123456789012345678901234",
        "4111111111111111",
        "12345678-2"
      })
  void anInvalidOrSensitiveCallerIdIsReplacedByANewUuid(String header) {
    request.headers.put("X-Correlation-Id", header);

    filter.filter(request.context());
    filter.filter(request.context(), response.context());

    String id = (String) response.headers.getFirst("X-Correlation-Id");
    assertThat(id).isNotEqualTo(header).matches("[0-9a-f-]{36}");
  }

  @Test
  void aRequestWithoutTheHeaderGetsANewId() {
    filter.filter(request.context());

    assertThat(request.properties.get(CorrelationIdFilter.PROPERTY)).asString().hasSize(36);
  }
}
