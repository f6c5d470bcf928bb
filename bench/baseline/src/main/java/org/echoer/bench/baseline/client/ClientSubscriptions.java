package org.echoer.bench.baseline.client;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.ExternalTaskClientBuilder;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.echoer.bench.baseline.BaselineProperties;
import org.echoer.bench.baseline.TopicListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Camunda's official external-task client against this application's own {@code /engine-rest}, with long
 * polling, subscribed to every topic deployed. It is built at the first deployment: the client's fetch
 * loop spins without pause while it has no subscription.
 */
final class ClientSubscriptions implements TopicListener, ApplicationListener<WebServerInitializedEvent>,
        DisposableBean {

    private final BaselineProperties properties;
    private final ExternalTaskHandler handler;
    private final Set<String> subscribed = new HashSet<>();
    private volatile int port;
    private ExternalTaskClient client;

    ClientSubscriptions(BaselineProperties properties, ExternalTaskHandler handler) {
        this.properties = properties;
        this.handler = handler;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    @Override
    public synchronized void topicsDeployed(List<String> topics) {
        if (port == 0) {
            throw new IllegalStateException("the web server is not up yet");
        }
        boolean starting = client == null;
        if (starting) {
            ExternalTaskClientBuilder builder = ExternalTaskClient.create()
                    .baseUrl("http://127.0.0.1:" + port + "/engine-rest")
                    .workerId(properties.workerId())
                    .asyncResponseTimeout(properties.asyncResponseTimeout().toMillis())
                    .lockDuration(properties.lockDuration().toMillis())
                    .maxTasks(properties.maxTasks())
                    .disableAutoFetching();
            if (properties.orderByCreateTime()) {
                builder = builder.orderByCreateTime().asc();
            }
            client = builder.build();
        }
        for (String topic : topics) {
            if (subscribed.add(topic)) {
                client.subscribe(topic).includeExtensionProperties(true).handler(handler).open();
            }
        }
        if (starting) {
            client.start();
        }
    }

    @Override
    public synchronized void destroy() {
        if (client != null) {
            client.stop();
        }
    }
}
