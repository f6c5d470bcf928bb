package org.echoer.cli.offline;

import org.echoer.fsl.CompiledFlow;
import org.echoer.fsl.layout.DiagramMarks;
import org.echoer.fsl.layout.SvgRenderer;

/** The files an analyst can export for each flow: the BPMN 2.0 model or its picture. */
public enum DiagramFormat {
    BPMN(".bpmn") {
        @Override
        String render(CompiledFlow flow) {
            return flow.bpmnXml();
        }
    },
    SVG(".svg") {
        @Override
        String render(CompiledFlow flow) {
            return new SvgRenderer().render(flow.model(), flow.processId(), DiagramMarks.none());
        }
    };

    private final String extension;

    DiagramFormat(String extension) {
        this.extension = extension;
    }

    public String fileName(CompiledFlow flow) {
        return flow.processId() + extension;
    }

    abstract String render(CompiledFlow flow);
}
