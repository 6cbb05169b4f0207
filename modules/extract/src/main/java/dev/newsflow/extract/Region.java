package dev.newsflow.extract;

/**
 * An administrative division with its simplified names and 6-digit GB/T 2260 code (process-output.md).
 * {@code name} is the division's own name; province/city/county are its chain (null below its level).
 */
public record Region(String name, String province, String city, String county, String adcode) {

    public static final String NATIONAL_ADCODE = "000000";
    public static final Region NATIONAL = new Region("全国", null, null, null, NATIONAL_ADCODE);

    public boolean isNational() {
        return NATIONAL_ADCODE.equals(adcode);
    }
}
