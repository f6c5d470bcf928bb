package org.echoer.bench.baseline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /baseline/flow} with BPMN XML: deploys the process, as a user would from the Modeler, and
 * subscribes the worker to its topics. Runs are then started through Camunda's own REST API.
 */
@RestController
public class FlowController {

    private final RepositoryService repository;
    private final ObjectProvider<TopicListener> listeners;

    public FlowController(RepositoryService repository, ObjectProvider<TopicListener> listeners) {
        this.repository = repository;
        this.listeners = listeners;
    }

    /** @return the process definition key to start runs with, and the topics the worker now serves */
    @PostMapping("/baseline/flow")
    public Map<String, Object> deploy(@RequestBody String bpmnXml) {
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8)));
        String key = model.getModelElementsByType(Process.class).iterator().next().getId();
        repository.createDeployment()
                .name(key)
                .enableDuplicateFiltering(true)
                .addModelInstance(key + ".bpmn", model)
                .deploy();
        List<String> topics = FlowTopics.of(model);
        listeners.orderedStream().forEach(listener -> listener.topicsDeployed(topics));
        return Map.of("key", key, "topics", topics);
    }

    @ExceptionHandler(ModelException.class)
    ResponseEntity<Map<String, String>> notBpmn(ModelException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "bad request", "message",
                String.valueOf(e.getMessage())));
    }
}
