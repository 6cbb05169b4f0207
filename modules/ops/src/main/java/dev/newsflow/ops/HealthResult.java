package dev.newsflow.ops;

/**
 * @param up whether the checked dependency is usable
 * @param detail what was found, for operators (e.g. "3 partitions assigned", "connection refused")
 */
public record HealthResult(boolean up, String detail) {

    public static HealthResult up(String detail) {
        return new HealthResult(true, detail);
    }

    public static HealthResult down(String detail) {
        return new HealthResult(false, detail);
    }
}
