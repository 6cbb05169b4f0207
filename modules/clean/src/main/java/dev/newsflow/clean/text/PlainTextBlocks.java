package dev.newsflow.clean.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a plain-text dump into blocks: one per non-blank line (pathologically long lines in pieces, see {@link LongBlocks}). */
public final class PlainTextBlocks {
    private PlainTextBlocks() {
    }

    public static List<Block> split(String text, Deadline deadline) {
        List<Block> blocks = new ArrayList<>();
        int n = text.length();
        // Line ends found with String.indexOf, which the JVM runs as a vector search, rather than char by char.
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        int start = 0;
        while (start <= n) {
            if (lf >= 0 && lf < start) {
                lf = text.indexOf('\n', start);
            }
            if (cr >= 0 && cr < start) {
                cr = text.indexOf('\r', start);
            }
            int end = lf < 0 ? (cr < 0 ? n : cr) : (cr < 0 ? lf : Math.min(lf, cr));
            if (end > start) {
                String line = text.substring(start, end);
                if (!line.isBlank()) {
                    for (String piece : LongBlocks.split(line)) {
                        blocks.add(Block.plain(piece));
                    }
                    if ((blocks.size() & 1023) == 0) {
                        deadline.check("line splitting");
                    }
                }
            }
            start = end + 1;
        }
        return blocks;
    }
}
