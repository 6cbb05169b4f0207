package dev.newsflow.web.source;

import dev.newsflow.web.view.ArticleView;
import java.util.Optional;

/** Stored articles, for the drill-down from an event to the page it came from. */
public interface ArticleSource {

    Optional<ArticleView> article(String id);
}
