package dev.newsflow.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Stage;
import dev.newsflow.contracts.UrlKind;
import dev.newsflow.contracts.UrlStatus;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import dev.newsflow.web.pipeline.KafkaBacklogProbe;
import dev.newsflow.web.store.SqliteTestStore;
import dev.newsflow.web.store.StoreAggregates;
import dev.newsflow.web.store.StoreSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: headless Chromium from Debian's packages driven by Selenium through
 * Debian's chromedriver (both paths set explicitly, so Selenium Manager never downloads anything), against
 * a dashboard whose live feed follows a real broker.
 */
@ExtendWith(KafkaClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2024-04-01T08:00:00Z");

    private final KafkaSettings kafka;
    private SqliteTestStore store;
    private DashboardServer server;
    private Admin admin;
    private ChromeDriver browser;
    private Path profile;

    DashboardBrowserIntegrationTest(KafkaCluster cluster) {
        this.kafka = KafkaSettings.from(new Properties()).withBootstrapServers(cluster.bootstrapServers());
    }

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "Skipped: /usr/bin/chromium is missing; install it with: apt-get install -y chromium chromium-driver");
        store = new SqliteTestStore();
        assertTrue(Files.isExecutable(CHROMEDRIVER),
                "/usr/bin/chromium is installed but /usr/bin/chromedriver is not: apt-get install -y chromium-driver");
        admin = Admin.create(kafka.admin());
        new TopicProvisioner(admin, kafka).ensure(Topics.all());
        String[] categories = {"TIERED_CARE", "TCM", "MEDICAL_CONSORTIUM", "DIGITAL_HEALTH"};
        for (int i = 0; i < 12; i++) {
            ReformEvent event = TestEvents.event("stored-" + i, categories[i % categories.length],
                    i % 3 == 0 ? Stage.TARGET : Stage.PILOT, i % 2 == 0 ? TestEvents.gansu() : TestEvents.guangdong(),
                    LocalDate.of(2024, 3, 20 + i % 6), T0.plusSeconds(60L * i));
            store.add(TestEvents.articleOf(event, "第" + i + "篇：深化医改工作推进会召开")).add(event);
        }
        ReformEvent hostile = TestEvents.event("hostile", "PUBLIC_HEALTH", Stage.ANNOUNCED, TestEvents.gansu(),
                LocalDate.of(2024, 3, 19), T0.minusSeconds(60), TestEvents.HOSTILE_SENTENCE);
        store.add(TestEvents.articleOf(hostile, TestEvents.HOSTILE_TITLE)).add(hostile).write();
        StoreSources sources = new StoreSources(store.store());
        produceCrawlState("https://www.jiuquan.gov.cn/news/2024/0401.html", "jiuquan-news", T0.plusSeconds(3600));

        server = DashboardServer.builder(new WebSettings("127.0.0.1", 0))
                .events(sources).articles(sources).aggregates(new StoreAggregates(store.store()))
                .pipelineHealth(new KafkaBacklogProbe(admin)).pipelineHealth(sources).readiness(sources)
                .liveFeed(kafka)
                .build().start();
        Readiness.await(new Http(server.uri()), WAIT.toSeconds());

        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1100", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (admin != null) {
            admin.close();
        }
        if (store != null) {
            store.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @BeforeEach
    void openDashboard() {
        browser.get(server.uri().toString());
        waitUntilLive();
        wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#events-body tr"), 13));
    }

    @Test
    void pageLoadsWithStoredEventsChartsAndPipelineHealth() {
        assertEquals("13 matching", text("events-total"));
        assertEquals("stored-11", browser.findElement(By.cssSelector("#events-body tr:first-child"))
                .getAttribute("data-event-id"), "newest first");
        assertEquals("DIGITAL_HEALTH", browser.findElement(By.cssSelector("#events-body tr:first-child td.category")).getText());
        wait(driver -> ((JavascriptExecutor) driver).executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('chart-category')) !== undefined"));
        assertEquals("0.0 %", text("pipeline-spam"), "the store knows the spam share of what it holds");
        assertEquals("unknown", browser.findElement(By.cssSelector("#pipeline-throughput tbody td")).getText(),
                "no source here knows the throughput: the page says so rather than show 0");
        wait(driver -> !text("pipeline-dead-letters").equals("unknown"));
        wait(driver -> browser.findElement(By.id("pipeline-fetch")).getText().contains("jiuquan-news"));
    }

    @Test
    void aNewlyProducedEventAppearsWithoutReloading() throws Exception {
        executeScript("window.__sameDocument = 'yes'");
        String id = "live-" + System.nanoTime();
        produce(TestEvents.event(id, "TALENT", Stage.PROGRESS, TestEvents.guangdong(), LocalDate.of(2024, 4, 2),
                Instant.now()));

        WebElement row = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-event-id='" + id + "']")));
        assertEquals("TALENT", row.findElement(By.cssSelector("td.category")).getText());
        assertEquals(row, browser.findElement(By.cssSelector("#events-body tr:first-child")), "newest on top");
        assertEquals("yes", executeScript("return window.__sameDocument"), "the page was not reloaded");
    }

    @Test
    void aFilterNarrowsTheList() {
        Select category = new Select(browser.findElement(By.id("filter-category")));
        wait(driver -> category.getOptions().stream().anyMatch(o -> o.getText().equals("TCM")));
        category.selectByVisibleText("TCM");

        wait(driver -> text("events-total").equals("3 matching"));
        List<WebElement> rows = wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#events-body tr"), 3));
        for (WebElement row : rows) {
            assertEquals("TCM", row.findElement(By.cssSelector("td.category")).getText());
        }
        new Select(browser.findElement(By.id("filter-stage"))).selectByVisibleText("TARGET");
        wait(driver -> text("events-total").equals("1 matching"));
        waitUntilLive(); // the live stream reconnects with the new filter
    }

    @Test
    void scrapedMarkupRendersAsText() {
        browser.findElement(By.cssSelector("tr[data-event-id='hostile']")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("article-panel")));
        wait(driver -> !text("article-title").isEmpty());

        assertEquals(TestEvents.HOSTILE_TITLE, text("article-title"));
        assertEquals(TestEvents.HOSTILE_SENTENCE, text("article-evidence"), "the evidence sentence is highlighted as text");
        assertEquals(TestEvents.HOSTILE_SENTENCE,
                browser.findElement(By.cssSelector("tr[data-event-id='hostile'] td.evidence")).getText());
        assertTrue(browser.findElement(By.id("article-removed")).getText().contains("<a href=\"javascript:alert(1)\">永久免费</a>"));
        assertEquals(Boolean.TRUE, executeScript("return window.__xss === undefined"), "no scraped script ran");
        assertTrue(browser.findElements(By.cssSelector("main script, main img, main b")).isEmpty(),
                "no scraped element entered the DOM");
    }

    @Test
    void drillDownShowsEvidenceAndRemovalsAndIsSavedAsTheDocsScreenshot() throws IOException {
        browser.findElement(By.cssSelector("tr[data-event-id='stored-10']")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("article-panel")));
        wait(driver -> text("article-title").startsWith("第10篇"));
        assertEquals(browser.findElement(By.cssSelector("tr[data-event-id='stored-10'] td.evidence")).getText(),
                text("article-evidence"), "the event's evidence sentence is the highlighted part of the article");
        assertEquals("2 lines", text("article-removed-count"));
        assertTrue(browser.findElement(By.id("article-removed")).getText().contains("porn-lexicon:东京热"));

        String docs = System.getProperty("newsflow.docs.dir");
        if (docs != null) {
            Path target = Path.of(docs).resolve("dashboard.png");
            Files.createDirectories(target.getParent());
            // the whole page in one picture: the window as tall as the document
            long height = (Long) executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(1440, (int) Math.min(height + 200, 4000)));
            executeScript("window.scrollTo(0, 0)");
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void waitUntilLive() {
        wait(driver -> text("live-status").equals("live"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private Object executeScript(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private <T> T wait(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).until(condition);
    }

    private void produceCrawlState(String url, String site, Instant fetchedAt) throws Exception {
        CrawlState state = CrawlState.newBuilder()
                .setUrl(url).setHost(java.net.URI.create(url).getHost()).setSite(site).setKind(UrlKind.PAGE)
                .setSource("FEED").setDepth(1).setStatus(UrlStatus.FETCHED).setNextFetchAt(null)
                .setLastFetchedAt(fetchedAt).setLastStatus(200).setEtag(null).setLastModified(null).setAttempts(0)
                .setLastError(null).setUpdatedAt(fetchedAt)
                .build();
        try (KafkaProducer<String, CrawlState> producer = new KafkaProducer<>(kafka.producer("web-browser-test"),
                Topics.CRAWL_STATE.keySerde().serializer(), Topics.CRAWL_STATE.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.CRAWL_STATE.name(), url, state)).get();
        }
    }

    private void produce(ReformEvent event) throws Exception {
        try (KafkaProducer<String, ReformEvent> producer = new KafkaProducer<>(kafka.producer("web-browser-test"),
                Topics.REFORM_EVENTS.keySerde().serializer(), Topics.REFORM_EVENTS.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.REFORM_EVENTS.name(), event.getRegion().getAdcode(), event)).get();
        }
    }
}
