package dev.newsflow.stream.page;

import dev.newsflow.clean.PageRejectedException;
import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.serde.AvroSerde;
import dev.newsflow.extract.ExtractionException;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.pipeline.PageSource;
import dev.newsflow.pipeline.ProcessedPage;
import dev.newsflow.stream.dedup.ArticleDraft;
import dev.newsflow.stream.dedup.SimHash;
import dev.newsflow.stream.dlq.DeadLetters;
import dev.newsflow.stream.mapping.ContractMapper;
import dev.newsflow.stream.mapping.Sites;
import dev.newsflow.stream.quarantine.QuarantineArchive;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Decodes a raw page, runs the page pipeline (cleaning, then extraction) and says what became of it.
 * Raw pages are read as bytes and decoded here, so that an undecodable record is a dead letter with its
 * exact bytes and coordinates like any other failure. Every failure of one page is caught and becomes a
 * {@link PageOutcome.Failed}: one bad page never stops the application. A page an operator released from
 * quarantine (it carries {@link QuarantineArchive#RELEASED_FROM_HEADER}) is not judged for spam again; the
 * header stays on what the page becomes, so a released article says so downstream.
 */
public final class PageStage implements Processor<byte[], byte[], String, PageOutcome> {

    private final PageProcessor pages;
    private final DeadLetters deadLetters;
    private final int minDedupChars;
    private final int maxRecordBytes;
    private final AvroSerde<RawPage> rawPages = AvroSerde.of(RawPage.class);
    private ProcessorContext<String, PageOutcome> context;

    /**
     * @param minDedupChars texts shorter than this are not hashed for near-duplicate detection (a few
     *                      characters say too little to call two pages the same article)
     * @param maxRecordBytes articles larger than this once encoded are dead-lettered (stage produce) rather
     *                       than sent to a producer that would refuse them
     */
    public PageStage(PageProcessor pages, DeadLetters deadLetters, int minDedupChars, int maxRecordBytes) {
        this.pages = pages;
        this.deadLetters = deadLetters;
        this.minDedupChars = minDedupChars;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public void init(ProcessorContext<String, PageOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        String topic = meta == null ? "" : meta.topic();
        int partition = meta == null ? -1 : meta.partition();
        long offset = meta == null ? -1 : meta.offset();
        byte[] keyBytes = record.key();
        String key = DeadLetters.recordKey(keyBytes, topic, partition, offset);
        byte[] value = record.value();
        if (value == null) {
            return; // a tombstone on raw-pages carries no page
        }
        RawPage raw;
        try {
            raw = rawPages.deserialize(topic, value);
        } catch (RuntimeException e) {
            fail(record, key, Sites.hostOf(key), deadLetters.of(topic, partition, offset, keyBytes, value,
                    DeadLetters.DESERIALIZE, e));
            return;
        }
        String site = Sites.hostOf(raw);
        String stage = DeadLetters.CLEAN;
        try {
            boolean released = record.headers().lastHeader(QuarantineArchive.RELEASED_FROM_HEADER) != null;
            ProcessedPage page = pages.process(source(raw, released));
            Instant now = Instant.now();
            if (page.cleaned().spam()) {
                context.forward(record.withKey(key).withValue(new PageOutcome.Quarantined(
                        ContractMapper.quarantined(page, raw, value, now, deadLetters.application()))));
                return;
            }
            stage = DeadLetters.DEDUP;
            String text = page.cleaned().text();
            long simhash = text != null && text.length() >= minDedupChars ? SimHash.ofArticle(text) : 0L;
            ArticleDraft draft = new ArticleDraft(ContractMapper.article(page, raw, simhash, now),
                    ContractMapper.events(page, now));
            stage = DeadLetters.PRODUCE;
            int size = draft.encodedSize();
            if (size > maxRecordBytes) {
                fail(record, key, site, deadLetters.of(topic, partition, offset, keyBytes, value, DeadLetters.PRODUCE,
                        "dev.newsflow.stream.RecordTooLarge", "article " + page.articleId() + " encodes to " + size
                                + " bytes, over newsflow.stream.max-record-bytes=" + maxRecordBytes));
                return;
            }
            context.forward(record.withKey(key).withValue(new PageOutcome.Accepted(draft)));
        } catch (PageRejectedException e) {
            fail(record, key, site, deadLetters.of(topic, partition, offset, keyBytes, value, DeadLetters.CLEAN, e));
        } catch (ExtractionException e) {
            fail(record, key, site, deadLetters.of(topic, partition, offset, keyBytes, value, DeadLetters.EXTRACT, e));
        } catch (RuntimeException | StackOverflowError e) {
            // A parser that recurses without bound on hostile markup overflows the stack of this thread only:
            // the page is isolated like any other failure.
            fail(record, key, site, deadLetters.of(topic, partition, offset, keyBytes, value, stage, e));
        }
    }

    private void fail(Record<byte[], byte[]> record, String key, String site, DeadLetter letter) {
        context.forward(record.withKey(key).withValue(new PageOutcome.Failed(key, letter, site)));
    }

    private static PageSource source(RawPage raw, boolean released) {
        ByteBuffer body = raw.getBody().duplicate();
        byte[] bytes = new byte[body.remaining()];
        body.get(bytes);
        String contentType = raw.getHeaders() == null ? null : raw.getHeaders().get("content-type");
        if (contentType == null && raw.getContentType() != null) {
            contentType = raw.getContentType()
                    + (raw.getDeclaredCharset() == null ? "" : "; charset=" + raw.getDeclaredCharset());
        }
        return new PageSource(bytes, raw.getUrl(), contentType, raw.getPublisherAdcode(), released);
    }

}
