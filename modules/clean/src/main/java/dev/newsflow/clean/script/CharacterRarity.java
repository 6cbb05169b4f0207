package dev.newsflow.clean.script;

import dev.newsflow.script.HanScript;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * How unusual a character is in Chinese news text, on a coarse scale used to tell mojibake and wrongly decoded
 * text from real text: 0 = among the 3,755 most common characters (GB2312 level 1, judged on the simplified form,
 * so 醫 counts like 医), 1 = GB2312 level 2, 2 = any other Han character, 3 = not a Han character.
 * Misaligned or wrongly decoded bytes give a jumble of levels 1–3; real text is mostly level 0.
 * The levels of the main CJK block are computed once from HanLP's conversion and the JDK's GB2312 encoder; the
 * table covers every {@code char} (64 KiB) because charset scoring looks up each character of a page sample.
 */
public final class CharacterRarity {
    public static final int COMMON = 0;
    public static final int LESS_COMMON = 1;
    public static final int RARE = 2;
    public static final int NOT_HAN = 3;

    private static final char FIRST = '\u4E00';
    private static final char LAST = '\u9FFF';
    private static final byte[] TABLE = buildTable();

    private CharacterRarity() {
    }

    public static int of(char c) {
        return TABLE[c];
    }

    public static boolean isCommon(char c) {
        return of(c) == COMMON;
    }

    public static int sum(CharSequence text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += of(text.charAt(i));
        }
        return total;
    }

    private static byte[] buildTable() {
        int size = LAST - FIRST + 1;
        // One character per line so that phrase rules cannot join neighbours.
        StringBuilder all = new StringBuilder(size * 2);
        for (int i = 0; i < size; i++) {
            all.append((char) (FIRST + i)).append('\n');
        }
        String simplified = TraditionalToSimplified.convert(all.toString());
        String[] lines = simplified.split("\n", -1);
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = (byte) (HanScript.isHan((char) c) ? RARE : NOT_HAN);
        }
        for (int i = 0; i < size; i++) {
            String s = lines.length == size + 1 && !lines[i].isEmpty() ? lines[i] : String.valueOf((char) (FIRST + i));
            table[FIRST + i] = (byte) gb2312Level(gb2312, s.charAt(0));
        }
        return table;
    }

    private static int gb2312Level(CharsetEncoder encoder, char c) {
        byte[] bytes = StrictCoding.encodeOrNull(encoder, String.valueOf(c));
        if (bytes == null) {
            return RARE;
        }
        int lead = bytes[0] & 0xFF;
        if (lead >= 0xB0 && lead < 0xD8) {
            return COMMON;
        }
        return lead >= 0xD8 ? LESS_COMMON : RARE;
    }
}
