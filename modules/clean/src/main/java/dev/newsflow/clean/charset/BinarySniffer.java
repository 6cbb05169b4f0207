package dev.newsflow.clean.charset;

/** Tells text bytes from binary ones (images, archives, random data) before any decoding work is spent. */
public final class BinarySniffer {
    private static final int SAMPLE = 16 * 1024;

    private BinarySniffer() {
    }

    /**
     * True when the first 16 KiB hold NUL bytes or more than 2% control bytes other than tab, CR, LF, FF and ESC.
     * No charset we accept (UTF-8, GB18030, Big5; UTF-16 is recognised by its BOM first) puts these in text.
     */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 50 > n;
    }
}
