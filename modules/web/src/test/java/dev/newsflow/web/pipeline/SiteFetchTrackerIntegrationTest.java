package dev.newsflow.web.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.UrlKind;
import dev.newsflow.contracts.UrlStatus;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import dev.newsflow.web.source.PipelineHealth.SiteFetch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The last successful fetch per site, read from the crawler's frontier topic on a real broker. */
@ExtendWith(KafkaClusterExtension.class)
class SiteFetchTrackerIntegrationTest {

    private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");

    private final KafkaSettings kafka;

    SiteFetchTrackerIntegrationTest(KafkaCluster cluster) {
        this.kafka = KafkaSettings.from(new Properties()).withBootstrapServers(cluster.bootstrapServers());
    }

    @Test
    void keepsTheLatestSuccessfulFetchOfEachSite() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String siteA = "site-a-" + run;
        String hostD = "d-" + run + ".example.cn";
        try (Admin admin = Admin.create(kafka.admin())) {
            new TopicProvisioner(admin, kafka).ensure(List.of(Topics.CRAWL_STATE));
        }
        // written before the tracker starts: it reads the frontier from the beginning
        produce(state("https://a-" + run + ".gov.cn/1.html", siteA, UrlStatus.FETCHED, 200, T0));
        produce(state("https://a-" + run + ".gov.cn/2.html", siteA, UrlStatus.FETCHED, 200, T0.plusSeconds(60)));
        produce(state("https://a-" + run + ".gov.cn/3.html", siteA, UrlStatus.RETRYING, 503, T0.plusSeconds(120)));
        produce(state("https://b-" + run + ".gov.cn/1.html", "site-b-" + run, UrlStatus.FAILED, 500, T0));
        produce(state("https://c-" + run + ".gov.cn/1.html", "site-c-" + run, UrlStatus.FETCHED, 404, T0));
        try (SiteFetchTracker tracker = new SiteFetchTracker(kafka, "site-fetch-test-" + run, new SimpleMeterRegistry()).start()) {
            // and followed afterwards
            produce(state("https://" + hostD + "/feed.xml", null, UrlStatus.FETCHED, 304, T0.plusSeconds(30)));

            List<SiteFetch> expected = List.of(new SiteFetch(hostD, T0.plusSeconds(30)),
                    new SiteFetch(siteA, T0.plusSeconds(60)));
            List<SiteFetch> seen = List.of();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                seen = tracker.health().lastFetchPerSite().stream()
                        .filter(s -> s.site().contains(run)).toList();
                if (seen.equals(expected)) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals(expected, seen, "failed, refused and error answers are not successes; oldest first");
        }
    }

    private static CrawlState state(String url, String site, UrlStatus status, int httpStatus, Instant fetchedAt) {
        return CrawlState.newBuilder()
                .setUrl(url).setHost(java.net.URI.create(url).getHost()).setSite(site).setKind(UrlKind.PAGE)
                .setSource("SEED").setDepth(0).setStatus(status).setNextFetchAt(null).setLastFetchedAt(fetchedAt)
                .setLastStatus(httpStatus).setEtag(null).setLastModified(null).setAttempts(0).setLastError(null)
                .setUpdatedAt(fetchedAt)
                .build();
    }

    private void produce(CrawlState state) throws Exception {
        try (KafkaProducer<String, CrawlState> producer = new KafkaProducer<>(kafka.producer("site-fetch-test"),
                Topics.CRAWL_STATE.keySerde().serializer(), Topics.CRAWL_STATE.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.CRAWL_STATE.name(), state.getUrl(), state)).get();
        }
    }
}
