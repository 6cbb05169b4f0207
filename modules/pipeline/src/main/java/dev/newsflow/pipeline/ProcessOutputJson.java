package dev.newsflow.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.newsflow.clean.CleanedPage;
import dev.newsflow.clean.Removal;
import dev.newsflow.extract.ExtractedEvent;
import dev.newsflow.extract.Indicator;
import dev.newsflow.extract.Region;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * One line of {@code newsflow process} output, in the published contract's field names and order
 * (docs/process-output.md); fields beyond the contract ({@code url}, {@code articleId},
 * {@code declaredCharset}, a removal's {@code rule}, an event's {@code stage} deadline) come after the
 * contract's own in each object.
 */
public final class ProcessOutputJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ProcessOutputJson() {}

    /** The line for a processed page. */
    public static String of(String source, ProcessedPage page) {
        return write(g -> {
            CleanedPage c = page.cleaned();
            g.writeStringField("source", source);
            g.writeNullField("error");
            g.writeStringField("charset", c.detectedCharset());
            g.writeStringField("title", c.title());
            date(g, "publishedDate", c.publishedDate());
            g.writeBooleanField("spam", c.spam());
            g.writeBooleanField("relevant", page.extraction().relevant());
            region(g, "region", page.extraction().region());
            g.writeStringField("text", c.text());
            g.writeArrayFieldStart("removed");
            for (Removal removal : c.removed()) {
                g.writeStartObject();
                g.writeStringField("reason", removal.reason().name());
                g.writeStringField("text", removal.text());
                g.writeStringField("rule", removal.rule());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("repairs");
            g.writeNumberField("convertedChars", c.repairs().convertedChars());
            g.writeNumberField("pinyinAnnotations", c.repairs().pinyinAnnotations());
            g.writeNumberField("mojibakeRepaired", c.repairs().mojibakeRepaired());
            g.writeNumberField("mojibakeUnrecoverable", c.repairs().mojibakeUnrecoverable());
            g.writeEndObject();
            g.writeArrayFieldStart("events");
            for (ExtractedEvent event : page.extraction().events()) {
                event(g, event);
            }
            g.writeEndArray();
            g.writeStringField("url", page.url());
            g.writeStringField("articleId", page.articleId());
            g.writeStringField("declaredCharset", c.declaredCharset());
        });
    }

    /** The line for a source that could not be processed: every other field is null or empty. */
    public static String ofError(String source, String error) {
        return write(g -> {
            g.writeStringField("source", source);
            g.writeStringField("error", error);
            g.writeNullField("charset");
            g.writeNullField("title");
            g.writeNullField("publishedDate");
            g.writeBooleanField("spam", false);
            g.writeBooleanField("relevant", false);
            g.writeNullField("region");
            g.writeNullField("text");
            g.writeArrayFieldStart("removed");
            g.writeEndArray();
            g.writeNullField("repairs");
            g.writeArrayFieldStart("events");
            g.writeEndArray();
        });
    }

    private static void event(JsonGenerator g, ExtractedEvent e) throws IOException {
        g.writeStartObject();
        g.writeStringField("eventId", e.eventId());
        g.writeStringField("category", e.category());
        g.writeStringField("stage", e.stage().name());
        region(g, "region", e.region());
        date(g, "date", e.date());
        g.writeArrayFieldStart("indicators");
        for (Indicator i : e.indicators()) {
            g.writeStartObject();
            g.writeStringField("metric", i.metric());
            g.writeNumberField("value", i.value());
            g.writeStringField("unit", i.unit());
            g.writeBooleanField("change", i.change());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("evidence", e.evidence());
        g.writeNumberField("start", e.start());
        g.writeNumberField("end", e.end());
        g.writeNumberField("confidence", e.confidence());
        date(g, "deadline", e.deadline());
        g.writeEndObject();
    }

    private static void region(JsonGenerator g, String field, Region r) throws IOException {
        if (r == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("name", r.name());
        g.writeStringField("province", r.province());
        g.writeStringField("city", r.city());
        g.writeStringField("county", r.county());
        g.writeStringField("adcode", r.adcode());
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, String field, LocalDate date) throws IOException {
        if (date == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, date.toString());
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
