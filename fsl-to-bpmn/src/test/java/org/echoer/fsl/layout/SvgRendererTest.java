package org.echoer.fsl.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgRendererTest {

    private final SvgRenderer renderer = new SvgRenderer();

    @Test
    void rendersAWellFormedSvgDocumentThatFitsTheDiagram() throws Exception {
        BpmnModelInstance model = laidOut(BpmnLayoutTest.fiveStepFlow());

        Document svg = parse(renderer.render(model));

        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        String[] viewBox = root.getAttribute("viewBox").split(" ");
        double right = Double.parseDouble(viewBox[0]) + Double.parseDouble(viewBox[2]);
        double bottom = Double.parseDouble(viewBox[1]) + Double.parseDouble(viewBox[3]);
        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(Double.parseDouble(viewBox[2]));
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            assertThat(shape.getBounds().getX()).isGreaterThanOrEqualTo(Double.parseDouble(viewBox[0]));
            assertThat(shape.getBounds().getY()).isGreaterThanOrEqualTo(Double.parseDouble(viewBox[1]));
            assertThat(shape.getBounds().getX() + shape.getBounds().getWidth()).isLessThanOrEqualTo(right);
            assertThat(shape.getBounds().getY() + shape.getBounds().getHeight()).isLessThanOrEqualTo(bottom);
        }
        assertThat(elements(svg, "style")).hasSize(1);
        assertThat(elements(svg, "marker")).hasSize(1);
    }

    @Test
    void drawsOneGroupPerShapeAndPerSequenceFlow() throws Exception {
        BpmnModelInstance model = laidOut(BpmnLayoutTest.fiveStepFlow());

        Map<String, String> classById = groupClasses(parse(renderer.render(model)));

        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            assertThat(classById).containsKey(shape.getBpmnElement().getId());
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            assertThat(classById).containsEntry(edge.getBpmnElement().getId(), "flow");
        }
        assertThat(classById).hasSize(12 + 19);
        assertThat(classById.values()).filteredOn("task"::equals).hasSize(5);
        assertThat(classById.values()).filteredOn("gateway"::equals).hasSize(5);
        assertThat(classById.values()).containsOnlyOnce("event start", "event end");
    }

    @Test
    void drawsShapesAsTheirBpmnSymbols() throws Exception {
        Document svg = parse(renderer.render(laidOut(BpmnLayoutTest.fiveStepFlow())));

        assertThat(elements(svg, "rect")).hasSize(5);
        assertThat(elements(svg, "polygon")).hasSize(5);
        assertThat(elements(svg, "circle")).hasSize(2);
        assertThat(elements(svg, "polyline")).hasSize(19);
        assertThat(elements(svg, "polyline")).allSatisfy(line ->
                assertThat(line.getAttribute("marker-end")).isEqualTo("url(#arrow)"));
        assertThat(elements(svg, "path")).filteredOn(path -> path.getAttribute("class").equals("gateway-marker"))
                .hasSize(5);
        assertThat(texts(svg)).contains("SUCCESS", "FAIL", "done", "A (a-action)");
    }

    @Test
    void marksPassedAndCurrentElements() throws Exception {
        BpmnModelInstance model = laidOut(BpmnLayoutTest.fiveStepFlow());
        DiagramMarks marks = new DiagramMarks(Set.of("review_A", "review_D", "review_A_on_SUCCESS"),
                Set.of("review_B"));

        Map<String, String> classById = groupClasses(parse(renderer.render(model, "review", marks)));

        assertThat(classById).containsEntry("review_A", "task passed")
                .containsEntry("review_D", "task passed")
                .containsEntry("review_A_on_SUCCESS", "flow passed")
                .containsEntry("review_B", "task current")
                .containsEntry("review_C", "task")
                .containsEntry("review_A_gateway", "gateway");
        assertThat(classById.values()).filteredOn(c -> c.contains("passed")).hasSize(3);
        assertThat(classById.values()).filteredOn(c -> c.contains("current")).hasSize(1);
    }

    @Test
    void leavesEverythingUnmarkedWithoutMarks() throws Exception {
        String svg = renderer.render(laidOut(BpmnLayoutTest.fiveStepFlow()), "review", DiagramMarks.none());

        assertThat(groupClasses(parse(svg)).values()).noneMatch(c -> c.contains("passed") || c.contains("current"));
    }

    @Test
    void escapesTextFromTheModel() throws Exception {
        BpmnModelInstance model = laidOut(new FlowModelBuilder().process("odd")
                .namedStep("A", "<&> \"step\" 'one'", "SUCCESS->done")
                .build());

        String svg = renderer.render(model);

        assertThat(svg).contains("&lt;&amp;&gt;").doesNotContain("<&>");
        assertThat(texts(parse(svg))).anyMatch(text -> text.contains("<&> \"step\" 'one'"));
    }

    @Test
    void replacesCharactersXmlCannotHold() throws Exception {
        BpmnModelInstance model = laidOut(new FlowModelBuilder().process("odd")
                .namedStep("A", "bell\u0007here", "SUCCESS->done")
                .build());

        Document svg = parse(renderer.render(model));

        assertThat(texts(svg)).anyMatch(text -> text.contains("bell\uFFFDhere"));
    }

    @Test
    void rendersTheChosenProcessOfSeveral() throws Exception {
        BpmnModelInstance model = laidOut(new FlowModelBuilder()
                .process("first").step("A", "SUCCESS->done")
                .process("second").step("X", "OK->done", "AGAIN->X").step("Y")
                .build());

        Map<String, String> classById = groupClasses(parse(renderer.render(model, "second", DiagramMarks.none())));

        assertThat(classById).containsKeys("second_X", "second_Y").doesNotContainKey("first_A");
    }

    @Test
    void drawsAnyModelWithDiagramInterchange() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("fluent")
                .startEvent("s").serviceTask("t").name("Work").endEvent("e").name("finished")
                .done();

        Map<String, String> classById = groupClasses(parse(renderer.render(model)));

        assertThat(classById).containsEntry("s", "event start").containsEntry("t", "task")
                .containsEntry("e", "event end");
    }

    @Test
    void rejectsUnknownProcessesAndProcessesWithoutDiagram() {
        BpmnModelInstance model = new FlowModelBuilder().process("plain").step("A", "SUCCESS->done").build();

        assertThatThrownBy(() -> renderer.render(model, "missing", DiagramMarks.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> renderer.render(model, "plain", DiagramMarks.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no diagram");
    }

    private static BpmnModelInstance laidOut(BpmnModelInstance model) {
        new BpmnLayout().apply(model);
        return model;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The class attribute of every group, by its id: one group per BPMN element drawn. */
    private static Map<String, String> groupClasses(Document svg) {
        Map<String, String> classes = new LinkedHashMap<>();
        for (Element group : elements(svg, "g")) {
            assertThat(classes.put(group.getAttribute("id"), group.getAttribute("class"))).isNull();
        }
        return classes;
    }

    /** The text of every text element, its lines (tspans) joined by spaces. */
    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        for (Element text : elements(svg, "text")) {
            NodeList lines = text.getElementsByTagNameNS("http://www.w3.org/2000/svg", "tspan");
            if (lines.getLength() == 0) {
                texts.add(text.getTextContent());
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < lines.getLength(); i++) {
                parts.add(lines.item(i).getTextContent());
            }
            texts.add(String.join(" ", parts));
        }
        return texts;
    }
}
