import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Runs Neo4j Community (embedded kernel) with its Bolt connector on the loopback interface, for newsgraph's
 * development and CI. Started and stopped by scripts/neo4j/neo4j.sh; configured from the environment:
 *
 *   NEO4J_HOME_DIR        data/log directory (required; the script passes <project>/.neo4j/home)
 *   NEO4J_BOLT_PORT       Bolt port on 127.0.0.1 (default 7687)
 *   NEO4J_PAGECACHE_MB    page cache size in MiB (default 256)
 *   NEO4J_TX_TOTAL_MB     memory for all running transactions together, MiB (default 512)
 *   NEO4J_TX_TIMEOUT_S    server-side transaction timeout, seconds (default 120)
 *   NEO4J_AUTH_PASSWORD   when set, authentication is on and user "neo4j" gets this password;
 *                         when unset, authentication is off (loopback only, so any credentials are accepted)
 *
 * Prints one line "NEO4J_READY bolt://127.0.0.1:PORT" once Bolt accepts connections, then blocks until the
 * JVM is asked to stop (SIGTERM), when the shutdown hook closes the databases cleanly.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String home = env.get("NEO4J_HOME_DIR");
        if (home == null || home.isBlank()) {
            System.err.println("NEO4J_HOME_DIR is not set (scripts/neo4j/neo4j.sh sets it)");
            System.exit(2);
        }
        int port = intFrom(env, "NEO4J_BOLT_PORT", 7687);
        long pageCacheMb = intFrom(env, "NEO4J_PAGECACHE_MB", 256);
        long txTotalMb = intFrom(env, "NEO4J_TX_TOTAL_MB", 512);
        long txTimeoutS = intFrom(env, "NEO4J_TX_TIMEOUT_S", 120);
        String password = env.get("NEO4J_AUTH_PASSWORD");
        boolean authOn = password != null && !password.isEmpty();

        Path homeDir = Path.of(home).toAbsolutePath();
        Files.createDirectories(homeDir);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(homeDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, authOn)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txTotalMb * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutS))
                // Small, non-preallocated transaction logs: this is a dev/CI database, not a production one.
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 32L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_STOPPING");
            service.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        if (authOn) {
            setPassword(service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        }
        // Touch the default database so the first client does not pay for its start-up.
        try (Transaction tx = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx()) {
            tx.execute("RETURN 1").close();
            tx.commit();
        }
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port + (authOn ? " auth=on" : " auth=off"));
        System.out.flush();
        stopped.await();
    }

    /** Sets user neo4j's password without forcing a change at first login (idempotent across restarts). */
    private static void setPassword(GraphDatabaseService system, String password) {
        try (Transaction tx = system.beginTx()) {
            tx.execute("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password)).close();
            tx.commit();
        }
    }

    private static int intFrom(Map<String, String> env, String name, int fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            System.err.println(name + " must be an integer, got '" + raw + "'");
            System.exit(2);
            return fallback;
        }
    }
}
