package dev.newsflow.sink;

import dev.newsflow.sink.store.StoreConfig;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sink on PostgreSQL. The outage is a TCP relay in front of the database that the test stops and
 * starts: the sink loses its connections and cannot make new ones, while the database itself (shared by the
 * machine) is never touched.
 */
@ExtendWith(KafkaClusterExtension.class)
class PostgresSinkIntegrationTest extends SinkContract {

    PostgresSinkIntegrationTest(KafkaCluster cluster) {
        super(cluster);
    }

    @Override
    TestStore newStore() {
        return TestStore.postgres();
    }

    @Override
    Outage outage() throws Exception {
        URI server = URI.create(TestStore.POSTGRES.substring("jdbc:".length()));
        TcpProxy proxy = new TcpProxy(server.getHost(), server.getPort()).start();
        TestStore.Postgres postgres = (TestStore.Postgres) store;
        // a short timeout: each attempt during the outage waits this long for a connection
        StoreConfig viaProxy = postgres.config().withUrl(postgres.url("127.0.0.1:" + proxy.port()))
                .withConnectTimeout(Duration.ofSeconds(1));
        return new Outage() {
            @Override
            public StoreConfig sinkStore() {
                return viaProxy;
            }

            @Override
            public void begin() {
                proxy.stop();
            }

            @Override
            public void end() throws Exception {
                proxy.start();
            }

            @Override
            public void close() {
                proxy.close();
            }
        };
    }
}
