package dev.newsflow.clean.charset;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Maps charset labels found on the web to the Java charset we decode with. */
public final class CharsetNames {
    /**
     * Answers of {@link Charset#forName} by label. A name the JDK does not know (ICU reports IBM424_rtl, pages
     * declare x-user-defined) makes it instantiate every installed {@code CharsetProvider} anew, a service-loader
     * scan costing about a millisecond: profiled at a tenth of the page pipeline's time in the stream. Labels
     * repeat, so answers are remembered; bounded, because hostile pages can invent labels without end.
     */
    private static final ConcurrentHashMap<String, Optional<String>> LOOKED_UP = new ConcurrentHashMap<>();
    static final int MAX_REMEMBERED = 1024;

    private CharsetNames() {
    }

    /**
     * The Java canonical name for a label, or {@code null} when unknown. GBK, GB2312, CP936, x-gbk and EUC-CN all
     * become GB18030, their superset (pages labelled GB2312 are routinely GBK); Big5 labels become Big5-HKSCS
     * only when so declared.
     */
    public static String canonical(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
        if (l.isEmpty()) {
            return null;
        }
        switch (l) {
            case "gbk", "gb2312", "gb_2312-80", "gb_2312", "cp936", "x-gbk", "euc-cn", "x-euc-cn", "gb18030", "windows-936", "hz-gb-2312":
                return "GB18030";
            case "big5", "big-5", "x-x-big5", "cn-big5", "csbig5", "big5-eten":
                return "Big5";
            case "utf8", "utf-8", "unicode-1-1-utf-8":
                return "UTF-8";
            default:
                Optional<String> known = LOOKED_UP.get(l);
                if (known == null) {
                    known = javaName(l);
                    if (LOOKED_UP.size() < MAX_REMEMBERED) {
                        LOOKED_UP.putIfAbsent(l, known);
                    }
                }
                return known.orElse(null);
        }
    }

    /** How many labels are remembered (for tests). */
    static int remembered() {
        return LOOKED_UP.size();
    }

    private static Optional<String> javaName(String label) {
        try {
            return Optional.of(Charset.forName(label).name());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
