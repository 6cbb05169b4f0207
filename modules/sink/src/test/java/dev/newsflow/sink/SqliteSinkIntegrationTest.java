package dev.newsflow.sink;

import dev.newsflow.sink.store.StoreConfig;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sink on the embedded SQLite file. The outage is another process-like writer holding the file's write
 * lock (BEGIN EXCLUSIVE): the sink's writes time out with SQLITE_BUSY until the lock is released.
 */
@ExtendWith(KafkaClusterExtension.class)
class SqliteSinkIntegrationTest extends SinkContract {

    SqliteSinkIntegrationTest(KafkaCluster cluster) {
        super(cluster);
    }

    @Override
    TestStore newStore() {
        return TestStore.sqlite();
    }

    @Override
    Outage outage() {
        StoreConfig sinkStore = store.config().withUrl(store.config().url() + "?busy_timeout=200");
        return new Outage() {
            private Connection holder;

            @Override
            public StoreConfig sinkStore() {
                return sinkStore;
            }

            @Override
            public void begin() throws Exception {
                holder = DriverManager.getConnection(store.config().url());
                try (Statement statement = holder.createStatement()) {
                    statement.execute("BEGIN EXCLUSIVE");
                }
            }

            @Override
            public void end() throws Exception {
                try (Statement statement = holder.createStatement()) {
                    statement.execute("ROLLBACK");
                }
                holder.close();
                holder = null;
            }

            @Override
            public void close() throws SQLException {
                if (holder != null) {
                    holder.close();
                }
            }
        };
    }
}
