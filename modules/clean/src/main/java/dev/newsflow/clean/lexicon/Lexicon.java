package dev.newsflow.clean.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A versioned word list, split into named sections, matched by a {@link TermMatcher}.
 *
 * <p>File format (UTF-8):
 * <pre>
 * # comment
 * &#64;name spam-lexicon
 * &#64;version 2026.11.23-1
 * [porn weight=3 label=porn-lexicon]
 * 东京热
 * 成人	1          (a tab and a number overrides the section's weight)
 * </pre>
 * Section attributes are free-form {@code key=value} pairs read by the classifier that owns the list.
 * Matching ignores ASCII case and treats full-width ASCII (ＩＣＰ, ：) as its half-width form.
 * Instances are immutable and safe to share between threads.
 */
public final class Lexicon {
    private final String name;
    private final String version;
    private final Map<String, Section> sections;
    private final Map<String, Entry> entries;
    private final TermMatcher matcher;

    /** A section header and its attributes. */
    public record Section(String name, Map<String, String> attributes) {
        public String attribute(String key, String fallback) {
            return attributes.getOrDefault(key, fallback);
        }

        public int intAttribute(String key, int fallback) {
            String v = attributes.get(key);
            return v == null ? fallback : Integer.parseInt(v);
        }

        public boolean flag(String key) {
            return Boolean.parseBoolean(attributes.get(key));
        }

        /** The label shown to operators, e.g. {@code porn-lexicon}; the section name unless {@code label=} says. */
        public String label() {
            return attributes.getOrDefault("label", name);
        }
    }

    /** One word of the list. */
    public record Entry(String term, Section section, int weight) {
    }

    /** One occurrence of a word in a text; {@code end} is exclusive. */
    public record Hit(Entry entry, int start, int end) {
        public String term() {
            return entry.term();
        }

        public Section section() {
            return entry.section();
        }
    }

    private Lexicon(String name, String version, Map<String, Section> sections, Map<String, Entry> entries) {
        this.name = name;
        this.version = version;
        this.sections = Collections.unmodifiableMap(sections);
        this.entries = Collections.unmodifiableMap(entries);
        this.matcher = new TermMatcher(entries.values());
    }

    /** Loads a lexicon from the classpath; fails loudly when it is missing or malformed. */
    public static Lexicon fromClasspath(String resource) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource not found on the classpath: " + resource);
            }
            return parse(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    public static Lexicon parse(String origin, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String name = null;
        String version = null;
        Map<String, Section> sections = new LinkedHashMap<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        Section current = null;
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("@name ")) {
                name = trimmed.substring(6).strip();
            } else if (trimmed.startsWith("@version ")) {
                version = trimmed.substring(9).strip();
            } else if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                current = parseSection(trimmed.substring(1, trimmed.length() - 1));
                sections.put(current.name(), current);
            } else {
                if (current == null) {
                    throw new IllegalStateException(origin + ":" + lineNo + ": entry before any [section]");
                }
                String[] parts = line.split("\t");
                String term = MatchView.of(parts[0].strip()).toLowerCase(java.util.Locale.ROOT);
                int weight = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : current.intAttribute("weight", 1);
                Entry previous = entries.put(term, new Entry(term, current, weight));
                if (previous != null) {
                    throw new IllegalStateException(origin + ":" + lineNo + ": duplicate term '" + term + "' (also in ["
                            + previous.section().name() + "])");
                }
            }
        }
        if (name == null || version == null) {
            throw new IllegalStateException(origin + ": a lexicon must declare @name and @version");
        }
        return new Lexicon(name, version, sections, entries);
    }

    private static Section parseSection(String header) {
        String[] parts = header.strip().split("\\s+");
        Map<String, String> attributes = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("section attribute must be key=value: " + parts[i]);
            }
            attributes.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        return new Section(parts[0], Map.copyOf(attributes));
    }

    /** Every occurrence of every word in {@code text} (overlapping hits included), ordered by end, then by term. */
    public List<Hit> find(CharSequence text) {
        return matcher.find(text);
    }

    public boolean containsAny(CharSequence text) {
        return !find(text).isEmpty();
    }


    public Section section(String sectionName) {
        Section s = sections.get(sectionName);
        return Objects.requireNonNull(s, () -> name + " has no section [" + sectionName + "]");
    }

    public Map<String, Section> sections() {
        return sections;
    }

    public int size() {
        return entries.size();
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    @Override
    public String toString() {
        return name + "@" + version + " (" + entries.size() + " terms)";
    }

}
