package dev.newsflow.crawl.fetch;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Removes gzip or deflate Content-Encoding, bounded by the body cap so a compression bomb inflates to at
 * most the cap. A stream cut short (because the compressed bytes were themselves capped) yields what could
 * be inflated, flagged truncated. Unknown encodings are left as received.
 */
final class ContentDecoding {

    private ContentDecoding() {}

    static CappedBody decode(String contentEncoding, CappedBody raw, int cap) throws IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "gzip", "x-gzip":
                return inflate(new GZIPInputStream(new ByteArrayInputStream(raw.bytes())), raw.truncated(), cap);
            case "deflate":
                try {
                    return inflate(new InflaterInputStream(new ByteArrayInputStream(raw.bytes())), raw.truncated(), cap);
                } catch (ZipException zlibHeaderMissing) {
                    // Some servers send raw deflate without the zlib wrapper the RFC asks for.
                    return inflate(new InflaterInputStream(new ByteArrayInputStream(raw.bytes()), new Inflater(true)),
                            raw.truncated(), cap);
                }
            default:
                return raw;
        }
    }

    private static CappedBody inflate(InputStream in, boolean inputTruncated, int cap) throws IOException {
        try (in) {
            byte[] out = new byte[Math.min(cap, 64 * 1024)];
            int size = 0;
            while (true) {
                if (size == out.length) {
                    if (size == cap) {
                        return new CappedBody(out, in.read() != -1 || inputTruncated);
                    }
                    out = Arrays.copyOf(out, Math.min(cap, size * 2));
                }
                int n;
                try {
                    n = in.read(out, size, out.length - size);
                } catch (EOFException cutShort) {
                    if (inputTruncated) {
                        return new CappedBody(Arrays.copyOf(out, size), true);
                    }
                    throw cutShort;
                }
                if (n < 0) {
                    return new CappedBody(Arrays.copyOf(out, size), inputTruncated);
                }
                size += n;
            }
        }
    }
}
