package dev.newsflow.clean.charset;

import java.nio.charset.Charset;
import java.util.Locale;

/** Maps charset labels found on the web to the Java charset we decode with. */
public final class CharsetNames {
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
                try {
                    return Charset.forName(l).name();
                } catch (RuntimeException e) {
                    return null;
                }
        }
    }
}
