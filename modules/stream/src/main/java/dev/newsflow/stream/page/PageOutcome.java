package dev.newsflow.stream.page;

import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.QuarantinedPage;
import dev.newsflow.stream.dedup.ArticleDraft;

/**
 * What became of one raw page: an article on its way to duplicate detection, a spam page for the
 * quarantine, or a failure for the dead letters. Errors are values here, routed by the topology, never
 * thrown at Kafka Streams.
 */
public sealed interface PageOutcome {

    /** The site the page belongs to, for the per-site counters. */
    String site();

    /** A page that became an article. */
    record Accepted(ArticleDraft draft) implements PageOutcome {
        @Override
        public String site() {
            return draft.site();
        }
    }

    /** A page that is spam as a whole. */
    record Quarantined(QuarantinedPage page) implements PageOutcome {
        @Override
        public String site() {
            return page.getSite();
        }
    }

    /** A page that failed at some stage, with the dead letter's key. */
    record Failed(String key, DeadLetter letter, String site) implements PageOutcome {}
}
