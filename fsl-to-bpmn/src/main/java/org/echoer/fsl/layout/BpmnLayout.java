package org.echoer.fsl.layout;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * Gives every process of a BPMN model a readable diagram (BPMN DI): laid out left to right by ELK's
 * layered algorithm, shapes apart, sequence flows routed orthogonally from border to border, loops drawn
 * around the other shapes, labels placed where they cover no shape.
 *
 * <p>Safe to use from several threads at once (on different models: a model instance itself is not
 * thread-safe). One made {@link #withCache with a cache} keeps recent layouts and lays out a graph it has
 * seen before only once.
 */
public final class BpmnLayout {

    /** Room left between the diagram and the origin, so nothing sits on the editor's edge. */
    private static final int MARGIN = 20;

    private final ProcessGraphReader reader = new ProcessGraphReader();
    private final ElkLayeredLayout engine = new ElkLayeredLayout(MARGIN);
    private final BpmnDiWriter writer = new BpmnDiWriter();
    private final LayoutCache cache;

    /** Lays out every model anew. */
    public BpmnLayout() {
        this(null);
    }

    private BpmnLayout(LayoutCache cache) {
        this.cache = cache;
    }

    /**
     * A layout that keeps the layouts of recent graphs, up to {@code maxElements} shapes and edges in all.
     */
    public static BpmnLayout withCache(int maxElements) {
        return new BpmnLayout(new LayoutCache(maxElements));
    }

    /** Lays out each process of the model and writes its diagram, replacing any diagram it had. */
    public void apply(BpmnModelInstance model) {
        // processes are children of the definitions; getModelElementsByType would search the whole document
        for (Process process : model.getDefinitions().getChildElementsByType(Process.class)) {
            LayoutGraph graph = reader.read(process);
            DiagramLayout layout = cache == null ? place(graph) : cache.get(graph, this::place);
            writer.write(model, process, layout);
        }
    }

    private DiagramLayout place(LayoutGraph graph) {
        StepPairs pairs = StepPairs.of(graph);
        if (pairs.condensedSize(graph) > ElkLayeredLayout.LARGE_GRAPH_NODES) {
            pairs = pairs.drawingOwnLabels();
        }
        // ELK keeps the margin already; this only moves a drawing that reaches beyond it
        return pairs.expand(engine.layout(pairs.condense(graph))).withMargin(MARGIN);
    }
}
