package dev.newsflow.web.api;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapper of the web module: java.time values as ISO-8601 text. Scraped text reaches browsers only as JSON string values, and
 * {@code <}, {@code >}, {@code &} and {@code '} inside them are written as {@code \}{@code u00XX} escapes,
 * so a page title holding {@code </script>} cannot close a script block even if a response were ever
 * embedded in HTML. The browser builds its DOM with textContent; this is the server-side half.
 */
public final class JsonMapping {

    private JsonMapping() {}

    public static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        return mapper;
    }

    /** Jackson's standard escapes plus the characters that are markup in HTML. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['\''] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only the standard escapes above, no custom sequences
        }
    }
}
