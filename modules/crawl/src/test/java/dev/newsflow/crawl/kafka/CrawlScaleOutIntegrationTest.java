package dev.newsflow.crawl.kafka;

import static dev.newsflow.crawl.kafka.KafkaCrawlHarness.await;
import static dev.newsflow.crawl.kafka.KafkaCrawlHarness.fastSettings;
import static dev.newsflow.crawl.kafka.KafkaCrawlHarness.host;
import static dev.newsflow.crawl.kafka.KafkaCrawlHarness.hubSite;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.UrlKind;
import dev.newsflow.contracts.UrlStatus;
import dev.newsflow.crawl.FixtureServer;
import dev.newsflow.crawl.kafka.KafkaCrawlHarness.Running;
import dev.newsflow.crawl.site.Site;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two crawler instances in one consumer group split the hosts by crawl-state partition: each host is
 * crawled by exactly one instance (told apart by their User-Agent), and every page is published once.
 */
@ExtendWith(KafkaClusterExtension.class)
class CrawlScaleOutIntegrationTest {

    private static final List<String> HOSTS = List.of("127.0.0.1", "127.0.0.2", "127.0.0.3");
    private static final int ARTICLES = 6;

    @Test
    void twoInstancesSplitTheHostsByPartition(KafkaCluster cluster) throws Exception {
        // Two partitions: with two members each owns exactly one. The hosts must not all hash to one.
        int partitions = 2;
        Set<Integer> hostPartitions = HOSTS.stream()
                .map(host -> HostPartitioner.partitionFor("http://" + host + "/", partitions)).collect(Collectors.toSet());
        assertEquals(Set.of(0, 1), hostPartitions, "precondition: the fixture hosts fall on both partitions");

        KafkaCrawlHarness kafka = new KafkaCrawlHarness(cluster, "scale-out", partitions);
        List<FixtureServer> servers = new ArrayList<>();
        try {
            List<Site> sites = new ArrayList<>();
            Set<String> expected = new HashSet<>();
            for (String address : HOSTS) {
                FixtureServer server = new FixtureServer(address);
                servers.add(server);
                sites.add(hubSite(server, "site-" + address, ARTICLES));
                expected.add(server.url("/news/"));
                for (int i = 1; i <= ARTICLES; i++) {
                    expected.add(server.url("/news/" + i + ".html"));
                }
            }
            Set<String> allowed = Set.copyOf(HOSTS);

            // Held back until both instances are in the group: otherwise the first to join would own every
            // host for a moment, start on all of them, and hand one over (cleanly, but then two instances
            // would have fetched from that host). The seeds are stored as due in an hour...
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            saveSeeds(kafka, sites, UrlStatus.DISCOVERED, now.plus(Duration.ofHours(1)), now);

            Running a = new Running(kafka.crawler(fastSettings("newsflow-test-a/1.0", allowed), sites), "crawler-a");
            Running b = new Running(kafka.crawler(fastSettings("newsflow-test-b/1.0", allowed), sites), "crawler-b");
            awaitBothOwnAPartition(kafka);
            servers.forEach(server -> assertEquals(List.of(), server.paths(), "nothing crawled before the release"));

            // ...and made due now once the group has settled (a discovery never replaces a known state; a
            // state written by a crawler, here "retry now", does).
            Instant release = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            saveSeeds(kafka, sites, UrlStatus.RETRYING, release, release);

            kafka.readPagesUntil(records -> records.stream().map(ConsumerRecord::key).collect(Collectors.toSet())
                    .containsAll(expected));
            a.stop();
            b.stop();

            Set<String> agents = new HashSet<>();
            for (FixtureServer server : servers) {
                Set<String> serverAgents = server.requests().stream()
                        .map(request -> request.headers().getFirst("User-Agent")).collect(Collectors.toSet());
                assertEquals(1, serverAgents.size(), host(server) + " crawled by exactly one instance: " + serverAgents);
                agents.addAll(serverAgents);
                server.paths().forEach(path -> assertEquals(1, server.count(path), host(server) + path + " fetched once"));
                assertEquals(1, server.maxConcurrentRequests(), host(server) + ": one request at a time");
            }
            assertEquals(Set.of("newsflow-test-a/1.0", "newsflow-test-b/1.0"), agents, "both instances crawled");
            for (FixtureServer one : servers) {
                for (FixtureServer other : servers) {
                    boolean samePartition = HostPartitioner.partitionFor(one.base(), partitions)
                            == HostPartitioner.partitionFor(other.base(), partitions);
                    boolean sameInstance = one.requests().get(0).headers().getFirst("User-Agent")
                            .equals(other.requests().get(0).headers().getFirst("User-Agent"));
                    assertEquals(samePartition, sameInstance, host(one) + " and " + host(other));
                }
            }

            List<ConsumerRecord<String, RawPage>> pages = kafka.allPages();
            assertEquals(expected, pages.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
            assertEquals(expected.size(), pages.size(), "every page published once");
        } finally {
            servers.forEach(FixtureServer::close);
        }
    }

    /** Writes the sites' seeds to crawl-state through a store that is never polled, so it joins no group. */
    private static void saveSeeds(KafkaCrawlHarness kafka, List<Site> sites, UrlStatus status, Instant due, Instant at) {
        try (KafkaFrontierStore writer = kafka.store(kafka.group + "-seeding")) {
            for (Site site : sites) {
                for (String seed : site.seeds()) {
                    writer.save(CrawlState.newBuilder()
                            .setUrl(seed).setHost(HostPartitioner.hostOf(seed)).setSite(site.id())
                            .setKind(UrlKind.HUB).setSource(CrawlSource.SEED.name()).setDepth(0)
                            .setStatus(status).setNextFetchAt(due).setUpdatedAt(at)
                            .build());
                }
            }
            writer.flush();
        }
    }

    /** Waits until the group is stable with two members that each own one crawl-state partition. */
    private static void awaitBothOwnAPartition(KafkaCrawlHarness kafka) throws Exception {
        try (Admin admin = Admin.create(kafka.settings.admin())) {
            await("both instances own a crawl-state partition", () -> {
                try {
                    ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(kafka.group))
                            .describedGroups().get(kafka.group).get();
                    if (group.groupState() != GroupState.STABLE || group.members().size() != 2) {
                        return false;
                    }
                    for (MemberDescription member : group.members()) {
                        Set<TopicPartition> owned = member.assignment().topicPartitions();
                        if (owned.size() != 1) {
                            return false;
                        }
                    }
                    return true;
                } catch (ExecutionException notYet) {
                    return false; // the group may not exist yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
        }
    }
}
