package org.echoer.fsl.layout;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * Gives every process of a BPMN model a readable diagram (BPMN DI): laid out left to right by ELK's
 * layered algorithm, shapes apart, sequence flows routed orthogonally from border to border, loops drawn
 * around the other shapes, labels placed where they cover no shape.
 *
 * <p>Stateless and safe to use from several threads at once (on different models: a model instance
 * itself is not thread-safe).
 */
public final class BpmnLayout {

    /** Room left between the diagram and the origin, so nothing sits on the editor's edge. */
    private static final int MARGIN = 20;

    private final ProcessGraphReader reader = new ProcessGraphReader();
    private final ElkLayeredLayout engine = new ElkLayeredLayout();
    private final BpmnDiWriter writer = new BpmnDiWriter();

    /** Lays out each process of the model and writes its diagram, replacing any diagram it had. */
    public void apply(BpmnModelInstance model) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            DiagramLayout layout = engine.layout(reader.read(process)).withMargin(MARGIN);
            writer.write(model, process, layout);
        }
    }
}
