package org.echoer.plugin.autoconfigure;

import org.echoer.fsl.bpmn.BpmnOptions;
import org.echoer.fsl.layout.BpmnLayout;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How FSL becomes BPMN.
 *
 * @param historyTimeToLive camunda:historyTimeToLive of every generated process (days, or an ISO-8601 duration such as P180D).
 * @param layoutCacheElements Shapes and edges of recent layouts kept, so runs of a flow already seen skip the layout; 0: none.
 */
@ConfigurationProperties("echoer.bpmn")
public record BpmnProperties(
        @DefaultValue("P180D") String historyTimeToLive,
        @DefaultValue("100000") int layoutCacheElements) {

    BpmnOptions toOptions() {
        return new BpmnOptions(historyTimeToLive);
    }

    /** The diagram layout, with a cache of recent layouts unless none may be kept. */
    BpmnLayout toLayout() {
        return layoutCacheElements > 0 ? BpmnLayout.withCache(layoutCacheElements) : new BpmnLayout();
    }
}
