package org.echoer.bench.baseline;

import java.util.List;

/** Told of the topics of each flow deployed, so the worker of the current mode can subscribe to them. */
@FunctionalInterface
public interface TopicListener {

    void topicsDeployed(List<String> topics);
}
