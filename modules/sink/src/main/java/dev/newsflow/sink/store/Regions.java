package dev.newsflow.sink.store;

/** GB/T 2260 code arithmetic the store needs. */
public final class Regions {

    /** The code newsflow uses for the national level. */
    public static final String NATIONAL = "000000";

    private Regions() {}

    /**
     * The adcode of the province-level division containing {@code adcode} (its first two digits + 0000), or
     * null for the national level and for anything that is not six digits.
     */
    public static String provinceCode(String adcode) {
        if (adcode == null || adcode.length() != 6 || !adcode.chars().allMatch(c -> c >= '0' && c <= '9')
                || NATIONAL.equals(adcode)) {
            return null;
        }
        return adcode.substring(0, 2) + "0000";
    }
}
