package dev.newsflow.web.query;

/**
 * One page of a result list.
 *
 * @param offset how many matching items to skip, newest first
 * @param limit how many to return, at most {@link #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    /** Bounds the work and the response size of one request. */
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidQueryException("offset must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
