package dev.newsflow.crawl;

import dev.newsflow.contracts.RawPage;

/**
 * Where fetched pages go: the {@code raw-pages} topic, keyed by URL (see
 * {@code dev.newsflow.crawl.kafka.KafkaPagePublisher}).
 */
public interface PagePublisher extends AutoCloseable {

    /**
     * Publishes the page and returns once it is stored, so the crawler records the URL as fetched only
     * after its page is safe.
     *
     * @throws PublishException when the page could not be stored
     */
    void publish(RawPage page);

    @Override
    void close();

    /** The page could not be published; the URL is tried again later. */
    final class PublishException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
