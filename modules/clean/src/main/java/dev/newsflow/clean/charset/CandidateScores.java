package dev.newsflow.clean.charset;

import dev.newsflow.clean.script.CharacterRarity;
import dev.newsflow.script.HanScript;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plausibility of a page sample decoded with each candidate charset ({@link #plausibility}), each computed at
 * most once, and a cheap way to show that a candidate cannot reach a given score without decoding all of it.
 * One instance per page.
 */
final class CandidateScores {
    /** A candidate must beat the best so far by more than this to replace it (earlier candidates win ties). */
    static final double TIE_MARGIN = 1e-9;
    /** The plausibility of text without Han characters: what any single-byte charset scores at best. */
    static final double WITHOUT_HAN = 0.5;
    /** No candidate scores more: every Han character common, no decoding error. */
    static final double MAX = 1.0;
    private static final double ERROR_PENALTY = 5.0;
    /** Charset.forName caches only the last two names looked up, and a page tries a dozen. */
    private static final Map<String, Charset> CHARSETS = new ConcurrentHashMap<>();

    private static final byte ESC = 0x1B;
    private static final byte SHIFT_OUT = 0x0E;

    private final byte[] sample;
    /** Whether the sample holds an ESC or SO byte: 0 until an ISO-2022 candidate asks, then 1 (yes) or 2 (no). */
    private byte shiftOutSeen;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Double> scores = new HashMap<>();

    CandidateScores(byte[] sample) {
        this.sample = sample;
    }

    /** The plausibility of the sample decoded with {@code charset}. */
    double of(String charset) {
        Double score = scores.get(charset);
        if (score == null) {
            String text = CharsetSniffer.decodeLenient(sample, 0, charset(charset));
            texts.put(charset, text);
            score = plausibility(text);
            scores.put(charset, score);
        }
        return score;
    }

    /** The sample decoded with {@code charset} (U+FFFD for each undecodable sequence). */
    String text(String charset) {
        of(charset);
        return texts.get(charset);
    }

    /**
     * True when {@code charset} certainly scores less than {@code score} by more than the tie margin, so that a
     * candidate scoring {@code score} beats it whatever their order. Every decoding error lowers the score by
     * 5 / (characters, at most {@code maxCharsPerByte} per byte) from at most {@value #MAX}: a wrong multi-byte
     * charset usually shows enough errors in the first few dozen bytes, and the rest need not be decoded. When
     * it does not, the exact score decides.
     */
    boolean staysBelow(String charset, double score) {
        if (!scores.containsKey(charset)) {
            if (score > WITHOUT_HAN + 2 * TIE_MARGIN && decodesNoHan(charset)) {
                return true;
            }
            CharsetDecoder decoder = charset(charset).newDecoder();
            // Bounds the characters the decoding can have: valid input gives at most maxCharsPerByte per byte,
            // each error one U+FFFD for at least one byte; the slack covers what a stateful decoder flushes.
            double maxChars = Math.max(1.0, decoder.maxCharsPerByte()) * sample.length + 16;
            int enough = (int) Math.floor((MAX - score + 2 * TIE_MARGIN) * maxChars / ERROR_PENALTY) + 1;
            if (enough > 0 && countErrors(decoder, enough) >= enough
                    && score > MAX - ERROR_PENALTY * enough / maxChars + 2 * TIE_MARGIN) {
                return true;
            }
        }
        return score > of(charset) + TIE_MARGIN;
    }

    /**
     * True when decoding the sample with {@code charset} certainly yields no Han character, so that it scores at
     * most {@value #WITHOUT_HAN}. The ISO-2022 encodings reach their double-byte sets only after an escape
     * sequence (ESC) or a shift-out (SO, 0x0E); without either they decode bytes one by one, high bytes included,
     * and find no error either, so a GBK page would otherwise be decoded and scored in full with each of them.
     */
    private boolean decodesNoHan(String charset) {
        if (!charset.startsWith("ISO-2022-")) {
            return false;
        }
        if (shiftOutSeen == 0) {
            shiftOutSeen = 2;
            for (byte b : sample) {
                if (b == ESC || b == SHIFT_OUT) {
                    shiftOutSeen = 1;
                    break;
                }
            }
        }
        return shiftOutSeen == 2;
    }

    /** The charset of a candidate's name (one Java can decode). */
    static Charset charset(String name) {
        return CHARSETS.computeIfAbsent(name, Charset::forName);
    }

    /**
     * Decoding errors (undecodable sequences, each of which the lenient decoding turns into one U+FFFD) in the
     * sample, counting no further than {@code enough}.
     */
    private int countErrors(CharsetDecoder decoder, int enough) {
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(256);
        int errors = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isOverflow()) {
                out.clear();
            } else if (result.isError()) {
                errors++;
                if (errors >= enough) {
                    return errors;
                }
                in.position(in.position() + result.length());
            } else {
                return errors;
            }
        }
    }

    /**
     * Share of Han characters that are common in Chinese text ({@link CharacterRarity#isCommon}, judged on the
     * simplified form so Big5 and GB text score alike), minus a heavy penalty per decoding error. At most
     * {@value #MAX}; {@value #WITHOUT_HAN} at most without Han characters.
     */
    static double plausibility(String text) {
        int han = 0;
        int common = 0;
        int errors = 0;
        int chars = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            chars++;
            if (c == '\uFFFD') {
                errors++;
            } else if (HanScript.isHan(c)) {
                han++;
                if (CharacterRarity.isCommon(c)) {
                    common++;
                }
            }
        }
        if (chars == 0) {
            return 0;
        }
        double commonShare = han == 0 ? WITHOUT_HAN : (double) common / han;
        return commonShare - ERROR_PENALTY * errors / Math.max(1, Math.min(chars, han + 1));
    }
}
