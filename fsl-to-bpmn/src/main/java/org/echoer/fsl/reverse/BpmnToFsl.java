package org.echoer.fsl.reverse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.ModelException;

/**
 * Reads BPMN of echoer's shape back as FSL, whoever drew it: the compiler, or a person in Camunda Modeler
 * with ids, names, layout and gateways of their own. The shape: one plain start event, external service
 * tasks carrying echoer's step properties (as {@code echoer templates} sets them), exclusive gateways or
 * conditional flows routing on {@code ackState}, merge gateways, plain end events (all of them {@code done}).
 * Anything else is a {@link BpmnProblem} naming the element. Safe to share between threads.
 */
public final class BpmnToFsl {

    /** @param source what the FSL says it was read from (a file name), in its first comment */
    public ReverseResult convert(String bpmnXml, String source) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8)));
        } catch (ModelException e) {
            return new ReverseResult(List.of(), List.of(new BpmnProblem("-", "not BPMN 2.0 XML: " + firstLine(e))));
        }
        return convert(model, source);
    }

    public ReverseResult convert(BpmnModelInstance model, String source) {
        List<ReversedFlow> flows = new ArrayList<>();
        List<BpmnProblem> problems = new ArrayList<>();
        List<Process> processes = List.copyOf(model.getDefinitions().getChildElementsByType(Process.class));
        if (processes.isEmpty()) {
            problems.add(new BpmnProblem(model.getDefinitions().getId() == null ? "-" : model.getDefinitions().getId(),
                    "no process in the file"));
        }
        for (Process process : processes) {
            new ProcessReader(process, problems).read(source).ifPresent(flows::add);
        }
        return problems.isEmpty() ? new ReverseResult(flows, List.of()) : new ReverseResult(List.of(), problems);
    }

    private static String firstLine(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause().getMessage() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? e.getMessage() : cause.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
