package dev.newsflow.crawl.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte cap, then cancels the subscription so an endless or huge body
 * costs no more than the cap. The JDK's own subscribers either buffer everything or hand out a stream
 * whose reads cannot be bounded in time, hence this small one.
 */
final class CappedBodySubscriber implements BodySubscriber<CappedBody> {

    private final int cap;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBodySubscriber(int cap) {
        this.cap = cap;
    }

    @Override
    public CompletionStage<CappedBody> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int room = cap - buffer.size();
            int length = item.remaining();
            byte[] chunk = new byte[Math.min(room, length)];
            item.get(chunk);
            buffer.write(chunk, 0, chunk.length);
            if (length > room) {
                result.complete(new CappedBody(buffer.toByteArray(), true));
                subscription.cancel();
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(new CappedBody(buffer.toByteArray(), false));
    }
}
