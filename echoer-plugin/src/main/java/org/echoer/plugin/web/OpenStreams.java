package org.echoer.plugin.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The {@code /watch} streams still open. They never end by themselves, so a graceful shutdown would
 * wait for them until its timeout; they are ended first, before the web server stops.
 */
public final class OpenStreams implements SmartLifecycle {

    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    void add(SseEmitter emitter) {
        open.add(emitter);
    }

    void remove(SseEmitter emitter) {
        open.remove(emitter);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        open.forEach(SseEmitter::complete);
        open.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before everything else, the web server's graceful shutdown included. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
