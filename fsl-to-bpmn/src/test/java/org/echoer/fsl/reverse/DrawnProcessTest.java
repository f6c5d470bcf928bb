package org.echoer.fsl.reverse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.echoer.fsl.CompilationResult;
import org.echoer.fsl.FslCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Processes drawn by hand, as in Camunda Modeler: ids, names and gateways of their own, no echoer version tag. */
class DrawnProcessTest {

    private final BpmnToFsl reverse = new BpmnToFsl();

    /**
     * Review: ask (a decision with double-quoted conditions and a gateway name of its own), then a merge
     * gateway in front of publish, which both ways reach; publish goes on by one conditional flow.
     */
    static final String REVIEW = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs_1" targetNamespace="http://example.com">
              <bpmn:process id="review_process" name="Review" isExecutable="true" camunda:historyTimeToLive="P30D">
                <bpmn:extensionElements>
                  <camunda:properties><camunda:property name="echoer.flowKind" value="flow_run" /></camunda:properties>
                </bpmn:extensionElements>
                <bpmn:startEvent id="StartEvent_1" name="Paper in" />
                <bpmn:serviceTask id="Activity_0ask" name="Ask the reviewer" camunda:type="external" camunda:topic="ask">
                  <bpmn:extensionElements>
                    <camunda:properties>
                      <camunda:property name="echoer.action" value="ask" />
                      <camunda:property name="echoer.addr" value="http://localhost:18080/ask" />
                      <camunda:property name="echoer.method" value="http" />
                      <camunda:property name="echoer.states" value="YES,NO,LATER" />
                      <camunda:property name="echoer.params" value="str paper,int round" />
                      <camunda:property name="echoer.arg.paper" value="p-17" />
                      <camunda:property name="echoer.arg.round" value="2" />
                    </camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:exclusiveGateway id="Gateway_0decide" name="Verdict?" />
                <bpmn:exclusiveGateway id="Gateway_0merge" />
                <bpmn:serviceTask id="Activity_0pub" camunda:type="external" camunda:topic="publish">
                  <bpmn:extensionElements>
                    <camunda:properties>
                      <camunda:property name="echoer.step" value="publish it" />
                      <camunda:property name="echoer.addr" value="http://localhost:18080/publish" />
                      <camunda:property name="echoer.states" value="DONE_OK,FAILED" />
                    </camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:endEvent id="Event_0end" name="Finished" />
                <bpmn:endEvent id="Event_0rejected" name="Rejected" />
                <bpmn:sequenceFlow id="f1" sourceRef="StartEvent_1" targetRef="Activity_0ask" />
                <bpmn:sequenceFlow id="f2" sourceRef="Activity_0ask" targetRef="Gateway_0decide" />
                <bpmn:sequenceFlow id="f3" name="accepted" sourceRef="Gateway_0decide" targetRef="Gateway_0merge">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${ackState == "YES"}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="f4" sourceRef="Gateway_0decide" targetRef="Event_0rejected">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${ ackState eq 'NO' }</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="f5" sourceRef="Gateway_0decide" targetRef="Activity_0ask">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${ackState == 'LATER'}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="f6" sourceRef="Gateway_0merge" targetRef="Activity_0pub" />
                <bpmn:sequenceFlow id="f7" sourceRef="Activity_0pub" targetRef="Event_0end">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${ackState == "DONE_OK"}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Test
    void readsADrawnProcessAsTheFlowItDescribes() {
        ReverseResult result = reverse.convert(REVIEW, "review.bpmn");

        assertThat(result.problems()).isEmpty();
        assertThat(result.flows()).singleElement().satisfies(flow -> {
            assertThat(flow.processId()).isEqualTo("review_process");
            assertThat(flow.fsl()).isEqualTo("""
                    # read back from review.bpmn
                    action ask
                    \taddr = "http://localhost:18080/ask";
                    \tmethod = http;
                    \targs = (str paper, int round);
                    \treturn = (YES | NO | LATER);
                    action_end
                    /

                    action publish
                    \taddr = "http://localhost:18080/publish";
                    \tmethod = http;
                    \treturn = (DONE_OK | FAILED);
                    action_end
                    /

                    flow_run review_process
                    \tstep "Ask the reviewer" => (YES->"publish it" | NO->done | LATER->"Ask the reviewer") {
                    \t\taction = ask;
                    \t\targs = (paper="p-17", round=2);
                    \t};
                    \tstep "publish it" => (DONE_OK->done) {
                    \t\taction = publish;
                    \t};
                    flow_run_end
                    /
                    """);
            CompilationResult compiled = new FslCompiler().compile(flow.fsl());
            assertThat(compiled.errors()).isEmpty();
        });
    }

    static Stream<Arguments> misfits() {
        return Stream.of(
                Arguments.of("a user task",
                        REVIEW.replace("<bpmn:endEvent id=\"Event_0end\" name=\"Finished\" />",
                                "<bpmn:endEvent id=\"Event_0end\" name=\"Finished\" /><bpmn:userTask id=\"Task_person\" />"),
                        "element Task_person: is a user task: an echoer flow has external service tasks, exclusive gateways, "
                                + "one start event and end events (a person's decision is an action that reports a state)"),
                Arguments.of("a parallel gateway",
                        REVIEW.replace("<bpmn:exclusiveGateway id=\"Gateway_0merge\" />", "<bpmn:parallelGateway id=\"Gateway_0merge\" />"),
                        "element Gateway_0merge: is a parallel gateway: an echoer flow runs one step at a time"),
                Arguments.of("a condition not on ackState",
                        REVIEW.replace("${ackState == \"YES\"}", "${score > 3}"),
                        "element f3: has the condition ${score > 3}, not ${ackState == 'STATE'}: echoer routes only on the "
                                + "state the action reported"),
                Arguments.of("a step without an address",
                        REVIEW.replace("<camunda:property name=\"echoer.addr\" value=\"http://localhost:18080/publish\" />", ""),
                        "element Activity_0pub: is a step without an address: echoer.addr names where its action is called"),
                Arguments.of("a task that is not external",
                        REVIEW.replace("camunda:type=\"external\" camunda:topic=\"publish\"", "camunda:class=\"org.example.Publish\""),
                        "element Activity_0pub: is a service task that is not external (camunda:type=\"external\"): "
                                + "echoer's dispatcher calls the action of an external task"),
                Arguments.of("a state the action does not report",
                        REVIEW.replace("${ackState == 'LATER'}", "${ackState == 'MAYBE'}"),
                        "element f5: routes on state 'MAYBE', which the action 'ask' of step 'Ask the reviewer' does not "
                                + "report (echoer.states: YES,NO,LATER)"),
                Arguments.of("a flow without a condition out of a deciding gateway",
                        REVIEW.replace("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" "
                                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">${ ackState eq 'NO' }</bpmn:conditionExpression>", ""),
                        "element f4: has no condition; every way out of a step's gateway is ${ackState == 'STATE'}"),
                Arguments.of("two start events",
                        REVIEW.replace("<bpmn:startEvent id=\"StartEvent_1\" name=\"Paper in\" />",
                                "<bpmn:startEvent id=\"StartEvent_1\" name=\"Paper in\" /><bpmn:startEvent id=\"StartEvent_2\" />"),
                        "element review_process: has 2 start events; an echoer flow has external service tasks, exclusive "
                                + "gateways, one start event and end events"),
                Arguments.of("a flow that leads to another flow",
                        REVIEW.replace("sourceRef=\"Gateway_0merge\" targetRef=\"Activity_0pub\"", "sourceRef=\"Gateway_0merge\" targetRef=\"f7\""),
                        "element f6: is a sequence flow whose targetRef 'f7' is not a task, gateway or event"),
                Arguments.of("not XML", "<bpmn:definitions", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misfits")
    void namesTheElementThatDoesNotFitAndWhy(String what, String bpmn, String expected) {
        ReverseResult result = reverse.convert(bpmn, "drawn.bpmn");

        assertThat(result.flows()).isEmpty();
        if (expected == null) {
            assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.format()).startsWith("element -: not BPMN 2.0 XML: "));
        } else {
            assertThat(result.problems()).extracting(BpmnProblem::format).containsExactly(expected);
        }
    }
}
