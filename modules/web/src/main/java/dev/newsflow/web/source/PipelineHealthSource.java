package dev.newsflow.web.source;

/**
 * One view of how the pipeline is doing. Each source knows part of it (the Streams application its
 * throughput, spam and duplicates; the broker consumer lag and dead letters; the store the last fetch per
 * site) and leaves the rest unknown; the dashboard merges them.
 */
public interface PipelineHealthSource {

    PipelineHealth health();
}
