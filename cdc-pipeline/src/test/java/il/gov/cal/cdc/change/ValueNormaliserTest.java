package il.gov.cal.cdc.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.TimeZone;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.junit.jupiter.api.Test;

class ValueNormaliserTest {

  private static Schema named(Schema base, String name) {
    return new SchemaBuilder(base.type()).name(name).optional().build();
  }

  private static final Schema TIMESTAMP = named(Schema.INT64_SCHEMA, "io.debezium.time.Timestamp");
  private static final Schema ZONED =
      named(Schema.STRING_SCHEMA, "io.debezium.time.ZonedTimestamp");
  private static final Schema DATE = named(Schema.INT32_SCHEMA, "io.debezium.time.Date");
  private static final Schema MICRO_TIME = named(Schema.INT64_SCHEMA, "io.debezium.time.MicroTime");
  private static final Schema JSON = named(Schema.STRING_SCHEMA, "io.debezium.data.Json");

  @Test
  void datetimeIsWallClockAndDoesNotShiftByAnyZone() {
    TimeZone saved = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
      assertThat(ValueNormaliser.value(TIMESTAMP, 1691171463000L))
          .isEqualTo(LocalDateTime.of(2023, 8, 4, 17, 51, 3));
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Test
  void timestampIsTheUtcInstant() {
    assertThat(ValueNormaliser.value(ZONED, "2023-08-04T09:51:03Z"))
        .isEqualTo(Instant.parse("2023-08-04T09:51:03Z"));
  }

  @Test
  void dateAndTimeKeepTheirCalendarValues() {
    assertThat(ValueNormaliser.value(DATE, 18655)).isEqualTo(LocalDate.of(2021, 1, 28));
    assertThat(ValueNormaliser.value(MICRO_TIME, 62944000000L)).isEqualTo(LocalTime.of(17, 29, 4));
  }

  @Test
  void fractionalSecondsKeepTheSourcesRounding() {
    assertThat(ValueNormaliser.value(MICRO_TIME, 64264780000L))
        .isEqualTo(LocalTime.of(17, 51, 4, 780_000_000));
    assertThat(ValueNormaliser.value(TIMESTAMP, 1410198664780L))
        .isEqualTo(LocalDateTime.of(2014, 9, 8, 17, 51, 4, 780_000_000));
    assertThat(ValueNormaliser.value(ZONED, "2014-09-08T17:51:04.78Z").toString())
        .isEqualTo("2014-09-08T17:51:04.780Z");
  }

  @Test
  void zeroDatesArriveAsNullOrEpochWithoutFailing() {
    assertThat(ValueNormaliser.value(DATE, null)).isNull();
    assertThat(ValueNormaliser.value(DATE, 0)).isEqualTo(LocalDate.EPOCH);
    assertThat(ValueNormaliser.value(TIMESTAMP, 0L)).isEqualTo(LocalDateTime.of(1970, 1, 1, 0, 0));
    assertThat(ValueNormaliser.value(ZONED, "1970-01-01T00:00:00.00Z")).isEqualTo(Instant.EPOCH);
  }

  @Test
  void jsonBigIntegerStaysExact() {
    JsonNode meta =
        (JsonNode) ValueNormaliser.value(JSON, "{\"ext_ref\": 9007199254740993, \"val\": 1.0}");
    assertThat(meta.get("ext_ref").bigIntegerValue()).isEqualTo(new BigInteger("9007199254740993"));
    assertThat(CanonicalJson.write(meta)).contains("9007199254740993");
  }

  @Test
  void snapshotAndBinlogJsonTextsOfSameValueAreEqual() {
    Object snapshot =
        ValueNormaliser.value(
            JSON,
            "{\"id\": 1, \"pi\": 3.14, \"val\": 1.0, \"name\": \"a\", \"ext_ref\": 9007199254740993}");
    Object binlog =
        ValueNormaliser.value(
            JSON, "{\"name\":\"a\",\"id\":1,\"val\":1.0,\"pi\":3.14,\"ext_ref\":9007199254740993}");
    assertThat(snapshot).isEqualTo(binlog);
    assertThat(CanonicalJson.write(snapshot)).isEqualTo(CanonicalJson.write(binlog));
  }

  @Test
  void decimalStaysExact() {
    Schema decimal = Decimal.builder(2).optional().build();
    assertThat(ValueNormaliser.value(decimal, new BigDecimal("10.00")))
        .isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void smallIntegersWidenToLong() {
    assertThat(ValueNormaliser.value(Schema.INT16_SCHEMA, (short) 2026)).isEqualTo(2026L);
  }
}
