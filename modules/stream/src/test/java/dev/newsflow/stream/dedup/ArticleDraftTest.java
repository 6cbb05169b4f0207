package dev.newsflow.stream.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.pipeline.PageSource;
import dev.newsflow.pipeline.ProcessedPage;
import dev.newsflow.stream.mapping.ContractMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** The draft's encoding between the band stages: header read without the article, verdict carried in the header. */
class ArticleDraftTest {

    private static final Serde<ArticleDraft> SERDE = ArticleDraft.serde();

    private static ArticleDraft seedDraft() throws IOException {
        Path seed;
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("eval/seeds"))) {
            dir = dir.getParent();
        }
        try (var files = Files.list(dir.resolve("eval/seeds"))) {
            seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        byte[] body = Files.readAllBytes(seed);
        String url = "https://example.cn/" + seed.getFileName();
        ProcessedPage page = PageProcessor.withDefaults().process(new PageSource(body, url, "text/plain", null));
        RawPage raw = RawPage.newBuilder().setUrl(url).setFinalUrl(url).setRedirects(List.of()).setFetchedAt(Instant.EPOCH)
                .setStatus(200).setHeaders(Map.of()).setContentType("text/plain").setDeclaredCharset(null)
                .setBody(ByteBuffer.wrap(body)).setSource(CrawlSource.OTHER).setSite("example.cn").setPublisherAdcode(null)
                .setDepth(0).build();
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        return new ArticleDraft(ContractMapper.article(page, raw, SimHash.ofArticle(page.cleaned().text()), now),
                ContractMapper.events(page, now));
    }

    @Test
    void roundTripKeepsArticleEventsAndHeader() throws IOException {
        ArticleDraft draft = seedDraft();
        assertFalse(draft.events().isEmpty(), "the seed yields events");
        ArticleDraft back = SERDE.deserializer().deserialize("t", SERDE.serializer().serialize("t", draft));
        assertEquals(draft.articleId(), back.articleId());
        assertEquals(draft.simhash(), back.simhash());
        assertEquals("example.cn", back.site());
        assertNull(back.duplicateOf());
        assertEquals(draft.article(), back.article());
        assertEquals(draft.events(), back.events());
    }

    @Test
    void theVerdictTravelsInTheHeaderAndIsAppliedToTheArticle() throws IOException {
        ArticleDraft draft = seedDraft();
        byte[] once = SERDE.serializer().serialize("t", draft);
        ArticleDraft linked = SERDE.deserializer().deserialize("t", once).duplicateOf("canonical-id");
        ArticleDraft back = SERDE.deserializer().deserialize("t", SERDE.serializer().serialize("t", linked));
        assertTrue(back.isDuplicate());
        assertEquals("canonical-id", back.duplicateOf());
        assertEquals("canonical-id", back.article().getDuplicateOf());
        Article expected = Article.newBuilder(draft.article()).setDuplicateOf("canonical-id").build();
        assertEquals(expected, back.article());
        assertEquals(draft.events(), back.events());
    }

    @Test
    void readsTheEarlierFormatLeftInInternalTopics() throws IOException {
        ArticleDraft draft = seedDraft();
        byte[] earlier = earlierFormat(draft.article(), draft.events());
        ArticleDraft back = SERDE.deserializer().deserialize("t", earlier);
        assertEquals(draft.articleId(), back.articleId());
        assertEquals(draft.simhash(), back.simhash());
        assertEquals(draft.article(), back.article());
    }

    @Test
    void corruptBytesAreASerializationError() {
        assertThrows(SerializationException.class, () -> SERDE.deserializer().deserialize("t", new byte[] {1, 0, 5, 'a'}));
    }

    /** The encoding before the header existed: length-prefixed article, event count, length-prefixed events. */
    private static byte[] earlierFormat(Article article, List<ReformEvent> events) throws IOException {
        var articles = dev.newsflow.contracts.serde.AvroSerde.of(Article.class);
        var eventSerde = dev.newsflow.contracts.serde.AvroSerde.of(ReformEvent.class);
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.DataOutputStream(bytes)) {
            byte[] a = articles.serialize("t", article);
            out.writeInt(a.length);
            out.write(a);
            out.writeInt(events.size());
            for (ReformEvent event : events) {
                byte[] e = eventSerde.serialize("t", event);
                out.writeInt(e.length);
                out.write(e);
            }
        }
        return bytes.toByteArray();
    }
}
