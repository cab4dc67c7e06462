package il.gov.cal.cdc.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import il.gov.cal.cdc.change.CanonicalJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The NDJSON body of a bulk request: per action a line {@code {"index":{"_index":...,"_id":...,
 * "version":...,"version_type":"external_gte"}}} (or {@code delete}) and, for an index, the
 * document's line, as {@link CanonicalJson} writes it. One generator writes the whole body straight
 * into UTF-8 bytes, so no document passes through a string of its own on the way to the node.
 */
final class BulkBody {

  private static final ObjectWriter DOCUMENTS =
      CanonicalJson.MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  /** About the bytes of one transaction's action and document, to size the buffer once. */
  private static final int BYTES_PER_ACTION = 1_200;

  private final byte[] bytes;
  private final int length;

  private BulkBody(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = length;
  }

  /** The body for the actions, each written into the index beside it. */
  static BulkBody of(List<BulkTarget> targets) {
    Buffer out = new Buffer(Math.max(1_024, targets.size() * BYTES_PER_ACTION));
    try (JsonGenerator json = CanonicalJson.MAPPER.getFactory().createGenerator(out)) {
      json.setRootValueSeparator(null);
      for (BulkTarget target : targets) {
        append(json, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("bulk body could not be written", e);
    }
    return new BulkBody(out.bytes(), out.size());
  }

  /** The buffer holding the body from offset 0; longer than the body. */
  byte[] bytes() {
    return bytes;
  }

  /** The body's length in bytes. */
  int length() {
    return length;
  }

  private static void append(JsonGenerator json, BulkTarget target) throws IOException {
    SearchAction action = target.action();
    json.writeStartObject();
    json.writeFieldName(action.isDelete() ? "delete" : "index");
    json.writeStartObject();
    json.writeStringField("_index", target.index());
    json.writeStringField("_id", action.id());
    json.writeNumberField("version", action.version());
    json.writeStringField("version_type", "external_gte");
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
    if (!action.isDelete()) {
      DOCUMENTS.writeValue(json, action.document());
      json.writeRaw('\n');
    }
  }

  /**
   * A byte stream whose buffer is handed over as it is, without the copy of {@code toByteArray}.
   */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer(int size) {
      super(size);
    }

    byte[] bytes() {
      return buf;
    }
  }
}
