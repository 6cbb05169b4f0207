package dev.newsflow.extract;

import dev.newsflow.extract.indicator.IndicatorExtractor;
import dev.newsflow.extract.region.EventRegionLocator;
import dev.newsflow.extract.region.Gazetteer;
import dev.newsflow.extract.region.PrimaryRegionSelector;
import dev.newsflow.extract.region.PublisherRegionFinder;
import dev.newsflow.extract.region.RegionMention;
import dev.newsflow.extract.region.RegionMentionFinder;
import dev.newsflow.extract.relevance.RelevanceDecider;
import dev.newsflow.extract.relevance.ReportingContext;
import dev.newsflow.extract.stage.StageClassifier;
import dev.newsflow.extract.stage.StageReading;
import dev.newsflow.extract.taxonomy.CategoryDetector;
import dev.newsflow.extract.taxonomy.CategoryFinding;
import dev.newsflow.extract.taxonomy.Trigger;
import dev.newsflow.extract.text.ArticleDocument;
import dev.newsflow.extract.text.Sentence;
import dev.newsflow.extract.text.SentenceSplitter;
import dev.newsflow.extract.text.TermIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * Extracts health-reform events from an article's clean simplified text: relevance, categories with their
 * evidence sentence, stage and deadline, region (GB/T 2260) and figures. All lexicons are loaded once into one
 * automaton; the text is split into sentences once and scanned once. Immutable and thread-safe.
 *
 * <p>Every step is linear in the text or in the number of hits, and input is bounded
 * ({@link #MAX_TEXT_CHARS}), so the time an article takes is bounded too.
 */
public final class ReformEventExtractor {

    /** Size bound of one article's text (characters); longer input is refused with a clear error. */
    public static final int MAX_TEXT_CHARS = 2_000_000;
    /** Size bound of a title (characters). */
    public static final int MAX_TITLE_CHARS = 10_000;
    private static final double SUPPORT_BONUS = 0.02;
    private static final double MAX_EVENT_CONFIDENCE = 0.98;

    private final Gazetteer gazetteer;
    private final TermIndex index;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ReportingContext context;
    private final CategoryDetector categories;
    private final StageClassifier stages;
    private final IndicatorExtractor indicators;
    private final RegionMentionFinder regions;
    private final PrimaryRegionSelector primaryRegions;
    private final EventRegionLocator eventRegions;
    private final RelevanceDecider relevance = new RelevanceDecider();
    private final PublisherRegionFinder publishers;

    private ReformEventExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.context = ReportingContext.withDefaults();
        this.categories = CategoryDetector.withDefaults(context);
        this.stages = StageClassifier.withDefaults();
        this.indicators = IndicatorExtractor.withDefaults();
        this.regions = RegionMentionFinder.withDefaults(gazetteer);
        this.primaryRegions = PrimaryRegionSelector.withDefaults(gazetteer);
        this.eventRegions = new EventRegionLocator(gazetteer);
        TermIndex.Builder builder = TermIndex.builder();
        context.register(builder);
        categories.register(builder);
        stages.register(builder);
        regions.register(builder);
        primaryRegions.register(builder);
        this.index = builder.build();
        this.publishers = PublisherRegionFinder.withDefaults(regions, index, splitter);
    }

    /** The extractor with the lexicons and gazetteer shipped in the module. */
    public static ReformEventExtractor withDefaults() {
        return new ReformEventExtractor(Gazetteer.withDefaults());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The publisher's region named in a page's chrome (the footer's 主办单位 or 版权所有 line, an address),
     * for pages whose site the operators did not list with a region; see {@link PublisherRegionFinder}.
     *
     * @param chromeLines the lines removed from the page as chrome, in page order
     */
    public Optional<String> publisherRegion(List<String> chromeLines) {
        return publishers.find(chromeLines);
    }

    public Extraction extract(ArticleText article) {
        return extract(article, List.of());
    }

    /**
     * Extracts the article's events; when its publisher's region is not known and the article names no region
     * of its own, the publisher is looked for in the page's chrome ({@link #publisherRegion}).
     *
     * @param chromeLines the lines removed from the page as chrome, in page order
     */
    public Extraction extract(ArticleText article, List<String> chromeLines) {
        validate(article);
        String title = article.title() == null ? "" : article.title();
        ArticleDocument body = new ArticleDocument(article.text(), splitter, index);
        ArticleDocument head = new ArticleDocument(title, splitter, index);

        List<CategoryFinding> findings = new ArrayList<>();
        int negativeSentences = 0;
        for (Sentence sentence : body.sentences()) {
            if (context.isNegative(body, sentence)) {
                negativeSentences++;
            }
            if (!body.hits(sentence, Trigger.class).isEmpty()) {
                findings.addAll(categories.detect(body, sentence,
                        indicators.hasFigures(body.text(), sentence.start(), sentence.end())));
            }
        }
        Set<Integer> eventSentences = new HashSet<>();
        findings.forEach(f -> eventSentences.add(f.sentence().index()));

        List<RegionMention> mentions = regions.find(List.of(
                new RegionMentionFinder.Source(title, head.hits(), true),
                new RegionMentionFinder.Source(article.text(), body.hits(), false)));
        String primary = primaryRegions.select(mentions, body, eventSentences, () -> article.publisherAdcode() != null
                ? article.publisherAdcode() : publishers.find(chromeLines).orElse(null));

        boolean relevant = relevance.isRelevant(findings, negativeSentences, context.hasNonReformGenre(head, body));
        List<ExtractedEvent> events = relevant ? events(article, body, findings, mentions, primary) : List.of();
        return new Extraction(relevant, gazetteer.toRegion(primary), events);
    }

    /** Groups the findings into one event per (category, region), each placed and read from its best sentence. */
    private List<ExtractedEvent> events(ArticleText article, ArticleDocument body, List<CategoryFinding> findings,
                                       List<RegionMention> mentions, String primary) {
        List<RegionMention> bodyMentions = new ArrayList<>(mentions.size());
        for (RegionMention mention : mentions) {
            if (!mention.inTitle()) {
                bodyMentions.add(mention);
            }
        }
        Map<Integer, List<RegionMention>> mentionsBySentence = new HashMap<>();
        for (RegionMention mention : bodyMentions) {
            Sentence sentence = body.sentenceAt(mention.start());
            if (sentence != null) {
                mentionsBySentence.computeIfAbsent(sentence.index(), i -> new ArrayList<>()).add(mention);
            }
        }
        String[] contexts = eventRegions.contexts(body, mentionsBySentence, bodyMentions, primary);
        Map<String, List<CategoryFinding>> groups = new LinkedHashMap<>();
        Map<String, String> groupRegion = new HashMap<>();
        for (CategoryFinding finding : findings) {
            Sentence sentence = finding.sentence();
            String adcode = eventRegions.locate(mentionsBySentence.getOrDefault(sentence.index(), List.of()),
                    contexts[sentence.index()], primary, article.text(), finding.triggerStart());
            String key = finding.category().name() + '|' + adcode;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
            groupRegion.put(key, adcode);
        }
        List<ExtractedEvent> events = new ArrayList<>();
        Map<Integer, List<Indicator>> figures = new HashMap<>(); // read only for evidence sentences, once each
        groups.forEach((key, group) -> events.add(event(article, body, group, groupRegion.get(key), figures)));
        events.sort(Comparator.comparingInt(ExtractedEvent::start).thenComparing(ExtractedEvent::category));
        return events;
    }

    private ExtractedEvent event(ArticleText article, ArticleDocument body, List<CategoryFinding> group, String adcode,
                                 Map<Integer, List<Indicator>> figures) {
        CategoryFinding best = group.get(0);
        for (CategoryFinding finding : group) {
            if (finding.confidence() > best.confidence()) {
                best = finding;
            }
        }
        Sentence evidence = best.sentence();
        List<ExtractedEvent.Span> supporting = new ArrayList<>();
        for (CategoryFinding finding : group) {
            if (finding != best) {
                supporting.add(new ExtractedEvent.Span(finding.sentence().start(), finding.sentence().end()));
            }
        }
        double confidence = Math.min(MAX_EVENT_CONFIDENCE, best.confidence() + SUPPORT_BONUS * supporting.size());
        StageReading stage = stages.classify(body, evidence, article.publishedDate());
        String category = best.category().name();
        return new ExtractedEvent(EventIds.of(article.articleId(), category, adcode), category, stage.stage(),
                gazetteer.toRegion(adcode), article.publishedDate(), stage.deadline(),
                figures.computeIfAbsent(evidence.index(), i -> indicators.extract(body.textOf(evidence))),
                body.textOf(evidence), evidence.start(),
                evidence.end(), Math.round(confidence * 100) / 100.0, supporting);
    }

    private static void validate(ArticleText article) {
        if (article == null) {
            throw new ExtractionException("no article given");
        }
        if (article.articleId() == null || article.articleId().isBlank()) {
            throw new ExtractionException("article has no id (url " + article.url() + ")");
        }
        if (article.text() == null) {
            throw new ExtractionException("article " + article.articleId() + " has no text");
        }
        if (article.text().length() > MAX_TEXT_CHARS) {
            throw new ExtractionException("article " + article.articleId() + " has " + article.text().length()
                    + " characters, more than the " + MAX_TEXT_CHARS + " the extractor accepts");
        }
        if (article.title() != null && article.title().length() > MAX_TITLE_CHARS) {
            throw new ExtractionException("article " + article.articleId() + " has a title of "
                    + article.title().length() + " characters, more than the " + MAX_TITLE_CHARS + " accepted");
        }
    }
}
