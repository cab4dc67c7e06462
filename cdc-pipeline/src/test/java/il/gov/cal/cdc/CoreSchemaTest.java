package il.gov.cal.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

class CoreSchemaTest {

  private static final Path CORE_SOURCES = Path.of("../operational-core/src/main/java");
  private static final Pattern VERSION = Pattern.compile("fromVersion\\(\"([0-9._]+)\"\\)");

  @Test
  void everyJavaMigrationOfTheCoreHasAStandInAtTheSameVersion() throws IOException {
    List<String> coreVersions;
    try (Stream<Path> files = Files.walk(CORE_SOURCES)) {
      coreVersions =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .map(CoreSchemaTest::read)
              .filter(source -> source.contains("implements JavaMigration"))
              .map(CoreSchemaTest::version)
              .sorted()
              .toList();
    }

    assertThat(coreVersions).isNotEmpty();
    assertThat(
            CoreSchema.JAVA_MIGRATION_STAND_INS.stream()
                .map(JavaMigration::getVersion)
                .map(Object::toString)
                .sorted()
                .toList())
        .isEqualTo(coreVersions);
  }

  @Test
  void migrationsAreReadFromTheCoresOwnFolder() {
    assertThat(CoreSchema.MIGRATIONS.resolve("V1__core_schema.sql")).isRegularFile();
    assertThat(CoreSchema.MIGRATIONS.resolve("flyway.location")).isRegularFile();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String version(String source) {
    Matcher matcher = VERSION.matcher(source);
    assertThat(matcher.find()).as("a Java migration names its version").isTrue();
    return matcher.group(1);
  }
}
