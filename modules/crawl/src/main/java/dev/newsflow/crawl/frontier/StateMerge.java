package dev.newsflow.crawl.frontier;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.UrlStatus;

/**
 * How two states of one URL combine. Only the owner of a host writes fetch results for it, but any
 * instance may write a DISCOVERED record for a URL it found a link to. Such a discovery must not erase
 * what the owner knows: the known state is kept, and if the discovery came later than that state (so it
 * is now the URL's latest record in the compacted topic) the owner writes its state again ("re-asserts").
 * A fetch result always replaces a discovery; between fetch results the newer one wins.
 */
public final class StateMerge {

    /** The state to keep, and whether the keeper must write it again. */
    public record Result(CrawlState kept, boolean reassert) {}

    private StateMerge() {}

    public static Result merge(CrawlState local, CrawlState incoming) {
        if (local == null) {
            return new Result(incoming, false);
        }
        if (incoming.getStatus() == UrlStatus.DISCOVERED) {
            boolean supersedesKnown = local.getStatus() != UrlStatus.DISCOVERED
                    && incoming.getUpdatedAt().isAfter(local.getUpdatedAt());
            return new Result(local, supersedesKnown);
        }
        if (local.getStatus() == UrlStatus.DISCOVERED || !incoming.getUpdatedAt().isBefore(local.getUpdatedAt())) {
            return new Result(incoming, false);
        }
        return new Result(local, false);
    }
}
