package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.junit.jupiter.api.Test;

class ProcessModelCheckTests {

    private static final String FORM = """
            {"id": "call-submitter", "type": "default", "components": []}
            """;
    private static final String DECISION = """
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                         xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="d" name="d" namespace="test">
              <decision id="message-routing" name="Ruting" camunda:historyTimeToLive="P30D">
                <decisionTable id="table">
                  <input id="in"><inputExpression id="expr" typeRef="string"><text>kind</text></inputExpression></input>
                  <output id="out" name="unit" typeRef="string" />
                  <rule id="rule"><inputEntry id="ie"><text>"klage"</text></inputEntry><outputEntry id="oe"><text>"vei"</text></outputEntry></rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    private final ProcessModelCheck check = new ProcessModelCheck(new ListedReferences(
            Set.of("forwardToUnit"), Set.of("service-centre", "unit-vei"), Set.of("deployed-decision"),
            Set.of("deployed-process"), Set.of("deployed-form")), false);

    @Test
    void shouldAcceptAModelWhoseReferencesAllExist() {
        var files = files("message.bpmn", xml(process("message")
                .startEvent("StartEvent_Received").camundaFormRef("call-submitter").camundaFormRefBinding("deployment")
                .serviceTask("Task_Forward").camundaDelegateExpression("${forwardToUnit}")
                .businessRuleTask("Task_Route").camundaDecisionRef("message-routing")
                .userTask("Task_Call").camundaCandidateGroups("unit-${unitCode}, service-centre")
                .callActivity("Call_Other").calledElement("deployed-process")
                .endEvent().done()));
        files.put("forms/call-submitter.form", FORM.getBytes(StandardCharsets.UTF_8));
        files.put("message-routing.dmn", DECISION.getBytes(StandardCharsets.UTF_8));

        assertThat(check.check(files)).isEmpty();
    }

    @Test
    void shouldNameTheFileElementAndProblemOfEveryMissingReference() {
        var files = files("message.bpmn", xml(process("message")
                .startEvent("StartEvent_Received").camundaFormRef("missing-form").camundaFormRefBinding("deployment")
                .serviceTask("Task_Forward").camundaDelegateExpression("${forwardToUnitt}")
                .businessRuleTask("Task_Route").camundaDecisionRef("missing-decision")
                .userTask("Task_Call").camundaCandidateGroups("unit-vei,no-such-group")
                .callActivity("Call_Other").calledElement("missing-process")
                .endEvent().done()));

        assertThat(check.check(files)).extracting(ModelProblem::toString).containsExactlyInAnyOrder(
                "message.bpmn: element 'StartEvent_Received': form 'missing-form' does not exist: no .form file has that id",
                "message.bpmn: element 'Task_Forward': delegate bean 'forwardToUnitt' does not exist",
                "message.bpmn: element 'Task_Route': decision 'missing-decision' does not exist: no .dmn file has a decision with that id",
                "message.bpmn: element 'Task_Call': candidate group 'no-such-group' is not a group of the organisation",
                "message.bpmn: element 'Call_Other': called process 'missing-process' does not exist: no .bpmn file has a process with that id");
    }

    @Test
    void shouldAcceptReferencesToWhatIsAlreadyDeployedUnlessBoundToTheDeployment() {
        var latest = files("a.bpmn", xml(process("a").startEvent("StartEvent_A").camundaFormRef("deployed-form")
                .businessRuleTask("Task_Route").camundaDecisionRef("deployed-decision").endEvent().done()));
        var deploymentBound = files("b.bpmn", xml(process("b").startEvent("StartEvent_B")
                .camundaFormRef("deployed-form").camundaFormRefBinding("deployment").endEvent().done()));

        assertThat(check.check(latest)).isEmpty();
        assertThat(check.check(deploymentBound)).extracting(ModelProblem::elementId).containsExactly("StartEvent_B");
    }

    @Test
    void shouldFindDelegatesInListenersAndNameTheirElement() {
        BpmnModelInstance model = process("listening").startEvent().userTask("Task_Call")
                .camundaTaskListenerDelegateExpression("complete", "${recordCall}")
                .camundaExecutionListenerDelegateExpression("end", "${forwardToUnit}")
                .endEvent().done();

        assertThat(check.check(files("l.bpmn", xml(model)))).extracting(ModelProblem::toString)
                .containsExactly("l.bpmn: element 'Task_Call': delegate bean 'recordCall' does not exist");
    }

    @Test
    void shouldRefuseAProcessWithoutHistoryTimeToLive() {
        // The fluent builder adds a time to live of its own; a model from Modeler may have none.
        String model = xml(Bpmn.createExecutableProcess("forgetful").startEvent().endEvent().done())
                .replaceAll("camunda:historyTimeToLive=\"[^\"]*\"", "");

        assertThat(check.check(files("forgetful.bpmn", model))).extracting(ModelProblem::toString).containsExactly(
                "forgetful.bpmn: element 'forgetful': has no history time to live (camunda:historyTimeToLive); Camunda 7.24 refuses it");
    }

    @Test
    void shouldRefuseADecisionWithoutHistoryTimeToLive() {
        var files = files("routing.dmn", DECISION.replace(" camunda:historyTimeToLive=\"P30D\"", ""));

        assertThat(check.check(files)).extracting(ModelProblem::elementId).containsExactly("message-routing");
    }

    @Test
    void shouldRefuseCamundaClassDelegates() {
        var files = files("c.bpmn", xml(process("c").startEvent().serviceTask("Task_Old")
                .camundaClass("no.medvirk.Old").endEvent().done()));

        assertThat(check.check(files)).singleElement().satisfies(problem -> {
            assertThat(problem.elementId()).isEqualTo("Task_Old");
            assertThat(problem.message()).contains("camunda:class", "delegateExpression");
        });
    }

    @Test
    void shouldSayWhereAModelDoesNotParse() {
        String whole = xml(process("broken").startEvent().endEvent().done());
        String broken = whole.substring(0, whole.length() / 2);

        assertThat(check.check(files("broken.bpmn", broken))).singleElement().satisfies(problem -> {
            assertThat(problem.resource()).isEqualTo("broken.bpmn");
            assertThat(problem.message()).startsWith("does not parse: ").contains("line ");
        });
    }

    @Test
    void shouldRefuseAModelWithoutDiagram() {
        String model = xml(process("plain").startEvent().endEvent().done())
                .replaceAll("(?s)<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "");

        assertThat(check.check(files("plain.bpmn", model))).extracting(ModelProblem::message)
                .containsExactly("has no diagram (BPMNDI), so a process owner cannot open it in Camunda Modeler");
    }

    @Test
    void shouldRefuseTheSameIdInTwoFilesAndFormsWithoutId() {
        var files = files("one.bpmn", xml(process("same").startEvent().endEvent().done()));
        files.put("two.bpmn", xml(process("same").startEvent().endEvent().done()).getBytes(StandardCharsets.UTF_8));
        files.put("forms/nameless.form", "{\"components\": []}".getBytes(StandardCharsets.UTF_8));

        assertThat(check.check(files)).extracting(ModelProblem::toString).containsExactlyInAnyOrder(
                "two.bpmn: element 'same': the process id is also used in one.bpmn",
                "forms/nameless.form: the form has no id");
    }

    @Test
    void shouldRefuseARoutingTableRowToAUnitNotInTheOrganisation() {
        String table = DECISION.replace("<output id=\"out\" name=\"unit\" typeRef=\"string\" />",
                "<output id=\"out\" name=\"unit\" typeRef=\"string\" />")
                .replace("<text>\"vei\"</text>", "<text>\"nav\"</text>");

        assertThat(check.check(files("message-routing.dmn", DECISION))).isEmpty();
        assertThat(check.check(files("message-routing.dmn", table))).extracting(ModelProblem::toString).containsExactly(
                "message-routing.dmn: element 'rule': sends messages to unit 'nav', which is not in the organisation "
                        + "file: add the unit to the file or change the row");
    }

    @Test
    void shouldRefuseScriptsUnlessAllowed() {
        String model = xml(process("scripted").startEvent()
                .scriptTask("Task_Script").scriptFormat("juel").scriptText("${1 + 1}")
                .userTask("Task_Listened").camundaTaskListenerClass("create", "x")
                .endEvent().done())
                .replace("<camunda:taskListener class=\"x\" event=\"create\"/>",
                        "<camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"groovy\">"
                                + "1</camunda:script></camunda:taskListener>");
        var files = files("scripted.bpmn", model);

        assertThat(check.check(files)).extracting(ModelProblem::toString).containsExactlyInAnyOrder(
                "scripted.bpmn: element 'Task_Script': is a script task: scripts run with the server's rights, so "
                        + "Medvirk refuses them (medvirk.processes.allow-scripts); use a service task with one of "
                        + "Medvirk's beans",
                "scripted.bpmn: element 'Task_Listened': has a script (camunda:script): scripts run with the "
                        + "server's rights, so Medvirk refuses them (medvirk.processes.allow-scripts); use a service "
                        + "task with one of Medvirk's beans");
        assertThat(new ProcessModelCheck(new ListedReferences(Set.of(), Set.of(), Set.of(), Set.of(), Set.of()), true)
                .check(files)).isEmpty();
    }

    @Test
    void shouldRefuseScriptLanguagesInDecisionsButAcceptFeelAndJuel() {
        var scripted = files("routing.dmn", DECISION.replace("<inputExpression id=\"expr\" typeRef=\"string\">",
                "<inputExpression id=\"expr\" typeRef=\"string\" expressionLanguage=\"javascript\">"));
        var juel = files("routing.dmn", DECISION.replace("<inputExpression id=\"expr\" typeRef=\"string\">",
                "<inputExpression id=\"expr\" typeRef=\"string\" expressionLanguage=\"juel\">"));

        assertThat(check.check(scripted)).extracting(ModelProblem::toString).containsExactly(
                "routing.dmn: element 'expr': uses the script language 'javascript': scripts run with the server's "
                        + "rights, so Medvirk refuses them (medvirk.processes.allow-scripts); use a service task with "
                        + "one of Medvirk's beans; FEEL and JUEL are fine");
        assertThat(check.check(juel)).isEmpty();
    }

    @Test
    void shouldRefuseExpressionsThatReachForClasses() {
        var files = files("reaching.bpmn", xml(process("reaching").startEvent()
                .serviceTask("Task_Reach").camundaExpression("${''.getClass().forName('java.lang.Runtime')}")
                .sequenceFlowId("Flow_Class").condition("ok", "${x.class.name == 'y'}")
                .endEvent().done()));

        assertThat(check.check(files)).extracting(ModelProblem::message).hasSize(2)
                .allSatisfy(message -> assertThat(message).contains("never classes or reflection"))
                .anySatisfy(message -> assertThat(message).contains("'getClass'"))
                .anySatisfy(message -> assertThat(message).contains("'class'"));
    }

    private static ProcessBuilder process(String id) {
        return Bpmn.createExecutableProcess(id).camundaHistoryTimeToLive(30);
    }

    private static String xml(BpmnModelInstance model) {
        return Bpmn.convertToString(model);
    }

    private static Map<String, byte[]> files(String name, String content) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(name, content.getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
