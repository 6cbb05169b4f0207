package dev.newsflow.clean.charset;

/**
 * A page decoded to text.
 *
 * @param text            the decoded text (invalid byte sequences become U+FFFD)
 * @param declaredCharset what the HTTP header or, lacking one, the page's meta declared (canonical), or null
 * @param detectedCharset what the bytes were decoded with (canonical)
 */
public record DecodedText(String text, String declaredCharset, String detectedCharset) {
}
