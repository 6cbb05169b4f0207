package dev.newsflow.clean.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a plain-text dump into blocks: one per non-blank line (pathologically long lines in pieces, see {@link LongBlocks}). */
public final class PlainTextBlocks {
    private PlainTextBlocks() {
    }

    public static List<Block> split(String text, Deadline deadline) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > start && !text.substring(start, i).isBlank()) {
                    for (String piece : LongBlocks.split(text.substring(start, i))) {
                        blocks.add(Block.plain(piece));
                    }
                    if ((blocks.size() & 1023) == 0) {
                        deadline.check("line splitting");
                    }
                }
                start = i + 1;
            }
        }
        return blocks;
    }
}
