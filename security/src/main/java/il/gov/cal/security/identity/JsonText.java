package il.gov.cal.security.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal JSON object writer for token headers, payloads and key sets, so that the local issuer
 * needs nothing beyond the JDK (it also runs as a command-line tool, outside any server). Values
 * are strings, numbers or collections of strings; insertion order is kept.
 */
final class JsonText {

  private final Map<String, String> members = new LinkedHashMap<>();

  JsonText put(String name, String value) {
    if (value != null) {
      members.put(name, quote(value));
    }
    return this;
  }

  JsonText put(String name, long value) {
    members.put(name, Long.toString(value));
    return this;
  }

  JsonText put(String name, Long value) {
    return value == null ? this : put(name, value.longValue());
  }

  JsonText put(String name, Collection<String> values) {
    StringBuilder array = new StringBuilder("[");
    for (String value : values) {
      if (array.length() > 1) {
        array.append(',');
      }
      array.append(quote(value));
    }
    members.put(name, array.append(']').toString());
    return this;
  }

  JsonText putRaw(String name, String json) {
    members.put(name, json);
    return this;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, String> member : members.entrySet()) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(quote(member.getKey())).append(':').append(member.getValue());
    }
    return out.append('}').toString();
  }

  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
