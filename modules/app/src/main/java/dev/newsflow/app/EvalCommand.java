package dev.newsflow.app;

import dev.newsflow.clean.CleaningEvaluation;
import dev.newsflow.clean.PageCleaner;
import dev.newsflow.extract.ReformEventExtractor;
import dev.newsflow.extract.evaluation.ExtractionEvaluation;
import dev.newsflow.pipeline.LabelledSet;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.pipeline.PipelineEvaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow eval}: quality of the page pipeline over labelled folders, as numbers, so that a rule
 * change shows its effect before it is deployed.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure the page pipeline over folders of labelled pages (a *labels.json in the format of",
                "eval/seeds/seed-labels.json, pages beside it or in pages/). Prints, per folder: spam and boilerplate",
                "removed, kept sentences, dates, residual Traditional characters, leftover pinyin; then category",
                "precision/recall/F1, relevance precision/recall and region accuracy. Default: eval/seeds and eval/dev."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FOLDER", description = "Labelled folders or labels files.")
    List<Path> folders;

    @Option(names = "--misses", description = "Also list every page whose categories, relevance or region differ from its labels.")
    boolean misses;

    @Override
    public Integer call() {
        if (folders == null || folders.isEmpty()) {
            Path home = Path.of(System.getProperty("newsflow.home", "."));
            folders = List.of(home.resolve("eval/seeds"), home.resolve("eval/dev"));
        }
        PageCleaner cleaner = PageCleaner.withDefaults();
        ReformEventExtractor extractor = ReformEventExtractor.withDefaults();
        ExtractionEvaluation scoring = new ExtractionEvaluation(extractor.gazetteer());
        PipelineEvaluation pipeline = new PipelineEvaluation(new PageProcessor(cleaner, extractor), scoring);
        CleaningEvaluation cleaning = new CleaningEvaluation(cleaner);
        for (Path folder : folders) {
            LabelledSet set = LabelledSet.open(folder);
            System.out.println("== " + folder + " ==");
            System.out.println("-- cleaning");
            System.out.print(cleaning.evaluate(set.labelsFile(), set.pagesFolder()));
            System.out.println("-- extraction");
            PipelineEvaluation.Result result = pipeline.evaluate(set);
            System.out.print(result.report().table());
            if (misses) {
                result.printMisses(System.out, scoring);
            }
            System.out.println();
        }
        return 0;
    }
}
