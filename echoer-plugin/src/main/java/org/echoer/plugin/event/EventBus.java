package org.echoer.plugin.event;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands events to the live subscribers of this node ({@code /watch}). Events raised inside a
 * transaction are delivered only once it has committed, so nobody hears of what was rolled back.
 */
public final class EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final CopyOnWriteArrayList<Consumer<EchoerEvent>> subscribers = new CopyOnWriteArrayList<>();

    public Runnable subscribe(Consumer<EchoerEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public void publish(EchoerEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    private void deliver(EchoerEvent event) {
        for (Consumer<EchoerEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.debug("dropping a watcher that failed: {}", e.toString());
                subscribers.remove(subscriber);
            }
        }
    }
}
