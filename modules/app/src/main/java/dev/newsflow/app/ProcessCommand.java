package dev.newsflow.app;

import dev.newsflow.clean.CleaningLimits;
import dev.newsflow.clean.PageRejectedException;
import dev.newsflow.pipeline.LocalPages;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.pipeline.PageSource;
import dev.newsflow.pipeline.ProcessOutputJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow process}: the per-page pipeline over local files, one JSON line per file
 * (docs/process-output.md). One bad file never stops the run.
 */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = {"Run the page pipeline (charset, boilerplate, spam, script normalization, mojibake repair,",
                "relevance, event extraction) over local files or folders without Kafka.",
                "Prints one JSON object per file on standard output, in input order; diagnostics go to standard error."})
final class ProcessCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ProcessCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL",
            description = "The page's URL, when one file is processed (site rules, publisher region, article id).")
    String url;

    @Option(names = "--publisher-region", paramLabel = "ADCODE",
            description = "GB/T 2260 code of the publisher's region: the fallback region of events.")
    String publisherAdcode;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files (raw bytes as fetched) or folders (recursively, in name order).")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        List<LocalPages.Entry> entries = LocalPages.expand(paths);
        if (url != null && entries.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--url applies to exactly one file, got " + entries.size());
        }
        // UTF-8 whatever the platform default: other tools parse these lines
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PageProcessor processor = PageProcessor.withDefaults();
        long maxBytes = CleaningLimits.defaults().maxInputBytes();
        for (LocalPages.Entry entry : entries) {
            out.println(processOne(processor, entry, maxBytes));
        }
        out.flush();
        return 0;
    }

    private String processOne(PageProcessor processor, LocalPages.Entry entry, long maxBytes) {
        String source = entry.source();
        try {
            byte[] bytes = LocalPages.readBounded(entry.file(), maxBytes);
            PageSource page = new PageSource(bytes, url != null ? url : source, null, publisherAdcode);
            return ProcessOutputJson.of(source, processor.process(page));
        } catch (NoSuchFileException e) {
            return ProcessOutputJson.ofError(source, "no such file: " + source);
        } catch (IOException e) {
            return ProcessOutputJson.ofError(source, "cannot read " + source + ": " + e.getMessage());
        } catch (PageRejectedException e) {
            return ProcessOutputJson.ofError(source, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a bug, not bad input: say so, keep going with the next file
            log.error("Internal error on {}", source, e);
            return ProcessOutputJson.ofError(source, "internal error: " + e);
        }
    }
}
