package dev.newsflow.web.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.web.view.EventView;
import dev.newsflow.web.query.EventFilter;
import io.javalin.http.sse.SseClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browsers connected to the live feed, each with its own filter. Every event from the feed goes to the
 * clients whose filter it passes, as an SSE event named {@value #EVENT_NAME} whose data is the event's JSON
 * and whose id is the event id. A client learns it is registered from a {@value #READY_NAME} event, so
 * nothing produced after that is missed.
 */
public final class LiveClients implements Consumer<ReformEvent> {

    public static final String EVENT_NAME = "reform-event";
    public static final String READY_NAME = "ready";

    private static final Logger log = LoggerFactory.getLogger(LiveClients.class);

    private record Subscriber(SseClient client, EventFilter filter) {}

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ObjectMapper json;
    private final Counter delivered;

    public LiveClients(ObjectMapper json, MeterRegistry registry) {
        this.json = json;
        this.delivered = Counter.builder("newsflow.web.live.deliveries")
                .description("Reform events sent to connected browsers").register(registry);
        registry.gauge("newsflow.web.live.clients", subscribers, Set::size);
    }

    /** Keeps the request open and sends it the matching events until the browser goes away. */
    public void join(SseClient client, EventFilter filter) {
        Subscriber subscriber = new Subscriber(client, filter);
        client.keepAlive();
        client.onClose(() -> subscribers.remove(subscriber));
        synchronized (subscriber) {
            subscribers.add(subscriber);
            client.sendEvent(READY_NAME, "{}");
        }
    }

    @Override
    public void accept(ReformEvent event) {
        String data;
        try {
            data = json.writeValueAsString(EventView.of(event));
        } catch (JsonProcessingException e) {
            log.error("Cannot write event {} as JSON; not sent to browsers", event.getEventId(), e);
            return;
        }
        for (Subscriber subscriber : subscribers) {
            if (subscriber.filter().matches(event)) {
                send(subscriber, data, event.getEventId());
            }
        }
    }

    /** A comment every so often lets proxies keep the stream open and reveals browsers that went away. */
    public void heartbeat() {
        for (Subscriber subscriber : subscribers) {
            try {
                synchronized (subscriber) {
                    subscriber.client().sendComment("heartbeat");
                }
            } catch (RuntimeException e) {
                drop(subscriber, e);
            }
        }
    }

    public int connected() {
        return subscribers.size();
    }

    /** Ends every stream, e.g. when the server stops. */
    public void closeAll() {
        for (Subscriber subscriber : subscribers) {
            subscriber.client().close();
        }
        subscribers.clear();
    }

    private void send(Subscriber subscriber, String data, String id) {
        try {
            if (subscriber.client().terminated()) {
                subscribers.remove(subscriber);
                return;
            }
            // the feed and the heartbeat write from different threads: one message at a time per stream
            synchronized (subscriber) {
                subscriber.client().sendEvent(EVENT_NAME, data, id);
            }
            delivered.increment();
        } catch (RuntimeException e) {
            drop(subscriber, e);
        }
    }

    private void drop(Subscriber subscriber, RuntimeException e) {
        log.debug("Dropping a live client that cannot be written to: {}", e.toString());
        subscribers.remove(subscriber);
        subscriber.client().close();
    }
}
