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
        EitherCharSearch lineEnds = new EitherCharSearch(text, '\n', '\r');
        int start = 0;
        while (start <= n) {
            int lineEnd = lineEnds.next(start);
            int end = lineEnd < 0 ? n : lineEnd;
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
