package dev.newsflow.stream.aggregate;

import dev.newsflow.contracts.ReformEvent;

/**
 * Keys of the aggregate stores: two parts joined by a separator that neither part can contain
 * (taxonomy codes, province names and host names have no control characters).
 */
public final class ActivityKeys {

    static final char SEPARATOR = '\u001f';
    /** Province bucket of national events (no province). */
    public static final String NATIONAL = "全国";

    private ActivityKeys() {}

    /** {@code category × province} of an event. */
    public static String categoryProvince(ReformEvent event) {
        String province = event.getRegion().getProvince();
        return event.getCategory() + SEPARATOR + (province == null || province.isBlank() ? NATIONAL : province);
    }

    /** {@code site × kind} of a per-site counter. */
    public static String siteActivity(String site, SiteActivity kind) {
        return site + SEPARATOR + kind.name();
    }

    static String[] split(String key) {
        int at = key.indexOf(SEPARATOR);
        return at < 0 ? new String[] {key, ""} : new String[] {key.substring(0, at), key.substring(at + 1)};
    }
}
