package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
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
            Set.of("deployed-process"), Set.of("deployed-form")), false, List::of);

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
                "message.bpmn, StartEvent_Received: skjemaet «missing-form» finnes ikke: ingen .form-fil har den id-en. "
                        + "Rett id-en, eller legg skjemaet i processes/forms.",
                "message.bpmn, Task_Forward: steget «forwardToUnitt» finnes ikke i Medvirk. Rett skrivefeilen, eller velg "
                        + "et steg fra malene i Modeler.",
                "message.bpmn, Task_Route: tabellen «missing-decision» finnes ikke: ingen .dmn-fil har en tabell med den "
                        + "id-en. Rett id-en.",
                "message.bpmn, Task_Call: gruppen «no-such-group» finnes ikke i organisasjonen. Grupper: service-centre, "
                        + "mayor, chief-executive, committee-secretariat, politicians, unit-<enhet> og unit-<enhet>-leaders.",
                "message.bpmn, Call_Other: prosessen «missing-process» som kalles, finnes ikke: ingen .bpmn-fil har en "
                        + "prosess med den id-en. Rett id-en.");
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
                .containsExactly("l.bpmn, Task_Call: steget «recordCall» finnes ikke i Medvirk. Rett skrivefeilen, eller "
                        + "velg et steg fra malene i Modeler.");
    }

    @Test
    void shouldRefuseAProcessWithoutHistoryTimeToLive() {
        // The fluent builder adds a time to live of its own; a model from Modeler may have none.
        String model = xml(Bpmn.createExecutableProcess("forgetful").startEvent().endEvent().done())
                .replaceAll("camunda:historyTimeToLive=\"[^\"]*\"", "");

        assertThat(check.check(files("forgetful.bpmn", model))).extracting(ModelProblem::toString).containsExactly(
                "forgetful.bpmn, forgetful: mangler historikktid (History cleanup → Time to live i Modeler), som Camunda "
                        + "7.24 krever. Sett den, for eksempel til 365 dager.");
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
            assertThat(problem.message()).contains("camunda:class", "delegateExpression", "${forwardMessage}");
        });
    }

    @Test
    void shouldSayWhereAModelDoesNotParse() {
        String whole = xml(process("broken").startEvent().endEvent().done());
        String broken = whole.substring(0, whole.length() / 2);

        assertThat(check.check(files("broken.bpmn", broken))).singleElement().satisfies(problem -> {
            assertThat(problem.resource()).isEqualTo("broken.bpmn");
            assertThat(problem.message()).startsWith("kan ikke leses: ").contains("linje ");
        });
    }

    @Test
    void shouldSayWhereAModelBreaksItsSchema() {
        String bpmn = xml(process("odd").startEvent().endEvent().done())
                .replaceFirst("(<(bpmn:)?startEvent[^>]*>)", "$1<$2tulleelement/>");
        String dmn = DECISION.replace("<inputExpression ", "<tulleelement/><inputExpression ");

        assertThat(check.check(files("odd.bpmn", bpmn))).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("kan ikke leses: ").contains("tulleelement", "linje "));
        assertThat(check.check(files("odd.dmn", dmn))).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("kan ikke leses: ").contains("tulleelement", "linje "));
    }

    @Test
    void shouldRefuseAModelWithoutDiagram() {
        String model = xml(process("plain").startEvent().endEvent().done())
                .replaceAll("(?s)<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "");

        assertThat(check.check(files("plain.bpmn", model))).extracting(ModelProblem::message)
                .containsExactly("har ikke diagram (BPMNDI), så den kan ikke åpnes i Camunda Modeler. Tegn og lagre den i "
                        + "Modeler.");
    }

    @Test
    void shouldRefuseTheSameIdInTwoFilesAndFormsWithoutId() {
        var files = files("one.bpmn", xml(process("same").startEvent().endEvent().done()));
        files.put("two.bpmn", xml(process("same").startEvent().endEvent().done()).getBytes(StandardCharsets.UTF_8));
        files.put("forms/nameless.form", "{\"components\": []}".getBytes(StandardCharsets.UTF_8));

        assertThat(check.check(files)).extracting(ModelProblem::toString).containsExactlyInAnyOrder(
                "two.bpmn, same: id-en til prosessen brukes også i one.bpmn. Gi den en id som ingen annen fil har.",
                "forms/nameless.form: skjemaet har ingen id. Gi det en id i Modeler (Form → Id).");
    }

    @Test
    void shouldRefuseARoutingTableRowToAUnitNotInTheOrganisation() {
        String table = DECISION.replace("<text>\"vei\"</text>", "<text>\"nav\"</text>");

        assertThat(check.check(files("message-routing.dmn", DECISION))).isEmpty();
        assertThat(check.check(files("message-routing.dmn", table))).extracting(ModelProblem::toString).containsExactly(
                "message-routing.dmn, rule: raden sender meldinger til enheten «nav», som ikke finnes i "
                        + "organisasjonsfilen. Legg enheten inn i organisasjonsfilen, eller endre raden til en enhet som "
                        + "finnes.");
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
                "scripted.bpmn, Task_Script: er en skriptoppgave. Skript kjører med serverens rettigheter, så Medvirk "
                        + "avviser dem (medvirk.processes.allow-scripts): bruk en tjenesteoppgave med et av Medvirks steg.",
                "scripted.bpmn, Task_Listened: har et skript (camunda:script). Skript kjører med serverens "
                        + "rettigheter, så Medvirk avviser dem (medvirk.processes.allow-scripts): bruk en "
                        + "tjenesteoppgave med et av Medvirks steg.");
        assertThat(new ProcessModelCheck(new ListedReferences(Set.of(), Set.of(), Set.of(), Set.of(), Set.of()), true,
                List::of)
                .check(files)).isEmpty();
    }

    @Test
    void shouldRefuseScriptLanguagesInDecisionsButAcceptFeelAndJuel() {
        var scripted = files("routing.dmn", DECISION.replace("<inputExpression id=\"expr\" typeRef=\"string\">",
                "<inputExpression id=\"expr\" typeRef=\"string\" expressionLanguage=\"javascript\">"));
        var juel = files("routing.dmn", DECISION.replace("<inputExpression id=\"expr\" typeRef=\"string\">",
                "<inputExpression id=\"expr\" typeRef=\"string\" expressionLanguage=\"juel\">"));

        assertThat(check.check(scripted)).extracting(ModelProblem::toString).containsExactly(
                "routing.dmn, expr: bruker skriptspråket «javascript». Skript kjører med serverens rettigheter, så "
                        + "Medvirk avviser dem (medvirk.processes.allow-scripts): bruk en tjenesteoppgave med et av "
                        + "Medvirks steg. FEEL og JUEL går fint.");
        assertThat(check.check(juel)).isEmpty();
    }

    @Test
    void shouldRefuseExpressionsThatReachForClasses() {
        var files = files("reaching.bpmn", xml(process("reaching").startEvent()
                .serviceTask("Task_Reach").camundaExpression("${''.getClass().forName('java.lang.Runtime')}")
                .sequenceFlowId("Flow_Class").condition("ok", "${x.class.name == 'y'}")
                .endEvent().done()));

        assertThat(check.check(files)).extracting(ModelProblem::message).hasSize(2)
                .allSatisfy(message -> assertThat(message).contains("aldri Java-klasser"))
                .anySatisfy(message -> assertThat(message).contains("«getClass»"))
                .anySatisfy(message -> assertThat(message).contains("«class»"));
    }

    @Test
    void shouldRefuseAConditionNamingAVariableTheProcessNeverSets() {
        var files = files("message.bpmn", xml(process("message").startEvent()
                .camundaFormRef("call-submitter").camundaFormRefBinding("deployment")
                .exclusiveGateway("Gateway_Reached").name("Nådd innmelderen?")
                .sequenceFlowId("Flow_Reached").condition("Ja", "${reachd}").endEvent()
                .moveToLastGateway().sequenceFlowId("Flow_NotReached").condition("Nei", "${!reached}").endEvent()
                .done()));
        files.put("forms/call-submitter.form", "{\"id\": \"call-submitter\", \"components\": [{\"key\": \"reached\"}]}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(check.check(files)).extracting(ModelProblem::toString).containsExactly(
                "message.bpmn, «Ja» (Flow_Reached): uttrykket «${reachd}» bruker «reachd», som prosessen aldri setter "
                        + "og som ikke er et av Medvirks steg. Mente du «reached»?");
    }

    @Test
    void shouldKnowWhatTheStepsTheModelAndTheCallingProcessProvide() {
        String caller = xml(process("caller").startEvent().camundaInitiator("starter")
                .businessRuleTask("Task_Rules").camundaDecisionRef("message-routing").camundaResultVariable("rules")
                .callActivity("Call_Meeting").calledElement("called").camundaIn("rules", "rulesInCalled")
                .userTask("Task_Next").camundaAssignee("${starter}").camundaCandidateGroups("unit-${unitCode}")
                .camundaDueDate("${rules.deadline}")
                .endEvent().done());
        String called = xml(process("called").startEvent().userTask("Task_Called")
                .camundaCandidateGroups("${rulesInCalled}").endEvent().done());
        var files = files("caller.bpmn", caller);
        files.put("called.bpmn", called.getBytes(StandardCharsets.UTF_8));
        files.put("message-routing.dmn", DECISION.getBytes(StandardCharsets.UTF_8));

        assertThat(check.check(files)).isEmpty();
    }

    @Test
    void shouldRefuseDurationsDatesAndCyclesTheEngineCannotRead() {
        var files = files("timers.bpmn", xml(process("timers").startEvent()
                .userTask("Task_Call").name("Ring innmelder").camundaDueDate("2026-13-01")
                .boundaryEvent("Event_Deadline").name("Fristen er ute").timerWithDuration("14 dager").endEvent()
                .moveToActivity("Task_Call")
                .intermediateCatchEvent("Event_Wait").timerWithCycle("hver mandag")
                .intermediateCatchEvent("Event_Fine").timerWithDuration("P14D")
                .endEvent().done()));

        assertThat(check.check(files)).extracting(ModelProblem::toString).containsExactlyInAnyOrder(
                "timers.bpmn, «Ring innmelder» (Task_Call): fristen «2026-13-01» er ikke et tidspunkt. Skriv tidspunktet "
                        + "som 2027-03-01T07:00:00.",
                "timers.bpmn, «Fristen er ute» (Event_Deadline): tidtakeren «14 dager» er ikke en varighet. Skriv "
                        + "varigheten etter ISO 8601: P14D er 14 dager, PT2H to timer, P3M tre måneder, P2W to uker.",
                "timers.bpmn, Event_Wait: tidtakeren «hver mandag» er ikke en gjentakelse. Skriv gjentakelsen som "
                        + "R/2027-01-04T07:00:00/P7D (hver uke fra 4. januar kl. 7) eller som cron, 0 0 7 ? * MON (hver "
                        + "mandag kl. 7).");
    }

    @Test
    void shouldAskForLabelsJoinsAndConditionsAsBpmnlintsRecommendedRulesDo() {
        var model = process("unclear").startEvent("StartEvent_Received").name("Melding mottatt")
                .exclusiveGateway("Gateway_Decide")
                .sequenceFlowId("Flow_Yes").condition("Ja", "${unitCode == 'vei'}").userTask("Task_Call").name("Ring innmelder")
                .moveToLastGateway().sequenceFlowId("Flow_No").userTask("Task_Write").name("Skriv brev")
                .connectTo("Task_Call")
                .endEvent("EndEvent_Done").name("Ferdig").done();
        model.getModelElementById("Gateway_Decide").removeAttribute("name");

        assertThat(check.check(files("unclear.bpmn", xml(model)))).isEmpty();
        assertThat(check.lint(files("unclear.bpmn", xml(model)))).extracting(ModelProblem::toString).containsExactlyInAnyOrder(
                "unclear.bpmn, Gateway_Decide: mangler navn. Gi den et navn som sier hva som skjer (oppgaver: verb og "
                        + "objekt, som «Ring innmelder»; hendelser: tilstand, som «Melding mottatt»; porter: et "
                        + "spørsmål, som «Nådd innmelderen?»).",
                "unclear.bpmn, Flow_No: går ut av porten «Gateway_Decide» uten betingelse. Skriv betingelsen, eller gjør den til "
                        + "standardvei.",
                "unclear.bpmn, «Ring innmelder» (Task_Call): har flere innkommende flyter. Slå dem sammen med en port "
                        + "foran, så det er tydelig om den venter på alle eller tar den første.",
                "unclear.bpmn, unclear: har oppgaver for folk, men ingen baner (lanes) som viser hvem som gjør dem. Legg "
                        + "prosessen i et basseng (participant) med en bane for hver rolle, og skriv gruppen banen står for "
                        + "under Extension properties, som candidateGroups = service-centre.");
    }

    @Test
    void shouldAskThatEveryUserTaskLiesInTheLaneOfItsGroupOrPerson() {
        var model = process("lanes").startEvent("StartEvent_Received").name("Melding mottatt")
                .userTask("Task_Register").name("Registrer melding").camundaCandidateGroups("service-centre")
                .userTask("Task_Call").name("Ring innmelder").camundaCandidateGroups("unit-${unitCode}")
                .camundaAssignee("${caseworker}")
                .userTask("Task_Answer").name("Besvar politisk melding").camundaCandidateGroups("mayor")
                .userTask("Task_Minutes").name("Skriv referat").camundaAssignee("${coordinator}")
                .endEvent("EndEvent_Done").name("Ferdig").done();
        LaneSet lanes = model.newInstance(LaneSet.class);
        model.<Process>getModelElementById("lanes").getLaneSets().add(lanes);
        lane(model, lanes, "Lane_ServiceCentre", "Servicesenteret", "StartEvent_Received", "Task_Register", "Task_Call");
        properties(model, "Lane_ServiceCentre", "candidateGroups", "service-centre");
        lane(model, lanes, "Lane_Medvirk", "Medvirk", "Task_Minutes", "EndEvent_Done");

        assertThat(check.lint(files("lanes.bpmn", xml(model)))).extracting(ModelProblem::toString).containsExactlyInAnyOrder(
                "lanes.bpmn, «Ring innmelder» (Task_Call): ligger i banen «Servicesenteret», som står for «service-centre», "
                        + "men oppgaven er for «unit-${unitCode}» og «${caseworker}». Flytt oppgaven til banen for "
                        + "«unit-${unitCode}» og «${caseworker}», eller rett gruppen på oppgaven eller på banen (Extension "
                        + "properties: candidateGroups og assignee).",
                "lanes.bpmn, «Besvar politisk melding» (Task_Answer): ligger ikke i noen bane. Flytt den inn i banen for "
                        + "«mayor».",
                "lanes.bpmn, «Skriv referat» (Task_Minutes): ligger i banen «Medvirk», som ikke sier hvem den står for, men "
                        + "oppgaven er for «${coordinator}». Flytt oppgaven til banen for «${coordinator}», eller rett "
                        + "gruppen på oppgaven eller på banen (Extension properties: candidateGroups og assignee).");
    }

    private static void lane(BpmnModelInstance model, LaneSet lanes, String id, String name, String... elementIds) {
        Lane lane = model.newInstance(Lane.class, id);
        lane.setName(name);
        lanes.getLanes().add(lane);
        for (String elementId : elementIds) {
            lane.getFlowNodeRefs().add(model.getModelElementById(elementId));
        }
    }

    @StepSetting(name = "recipient", label = "Mottaker (gruppe)", kind = StepSetting.Kind.GROUP)
    @StepSetting(name = "lead", label = "Invitasjonen sendes (før møtet)", kind = StepSetting.Kind.PERIOD)
    private static final class StepWithSettings {
    }

    @Test
    void shouldRefuseAStepWhoseSettingsAreMissingOrUnreadable() {
        var check = new ProcessModelCheck(new ListedReferences(Set.of("escalate"), Set.of("chief-executive"), Set.of(),
                Set.of(), Set.of(), Map.of(), Map.of("escalate", List.of(StepWithSettings.class.getAnnotationsByType(
                        StepSetting.class)))), false, List::of);
        var model = process("settings").startEvent()
                .serviceTask("Task_Fine").name("Meld").camundaDelegateExpression("${escalate}")
                .serviceTask("Task_Unreadable").name("Meld igjen").camundaDelegateExpression("${escalate}")
                .serviceTask("Task_Unknown").name("Meld til ordføreren").camundaDelegateExpression("${escalate}")
                .endEvent().done();
        properties(model, "Task_Fine", "recipient", "chief-executive", "lead", "P3W");
        properties(model, "Task_Unreadable", "recipient", "kommunedirektøren", "lead", "3 uker");
        properties(model, "Task_Unknown", "recipient", "mayor");

        assertThat(check.check(files("settings.bpmn", xml(model)))).extracting(ModelProblem::toString)
                .containsExactlyInAnyOrder(
                        "settings.bpmn, «Meld igjen» (Task_Unreadable): «Mottaker (gruppe)» er «kommunedirektøren», som "
                                + "ikke kan leses. " + StepSetting.Kind.GROUP.howToWrite(),
                        "settings.bpmn, «Meld igjen» (Task_Unreadable): «Invitasjonen sendes (før møtet)» er «3 uker», "
                                + "som ikke kan leses. Skriv perioden etter ISO 8601: P21D er 21 dager, P3W tre uker, "
                                + "P3M tre måneder.",
                        "settings.bpmn, «Meld til ordføreren» (Task_Unknown): «Mottaker (gruppe)»: gruppen «mayor» finnes "
                                + "ikke i organisasjonen, eller er ikke en mottaker. " + StepSetting.Kind.GROUP.howToWrite(),
                        "settings.bpmn, «Meld til ordføreren» (Task_Unknown): mangler «Invitasjonen sendes (før møtet)». "
                                + "Velg steget i Modeler og fyll inn feltet under «Invitasjonen sendes (før møtet)» "
                                + "(malen viser det), eller legg til utvidelsesegenskapen «lead» (Extension properties).");
    }

    /** The element's extension properties, as Modeler writes a template's fields. */
    private static void properties(BpmnModelInstance model, String elementId, String... namesAndValues) {
        BaseElement element = model.getModelElementById(elementId);
        ExtensionElements extensions = model.newInstance(ExtensionElements.class);
        element.setExtensionElements(extensions);
        CamundaProperties properties = extensions.addExtensionElement(CamundaProperties.class);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            CamundaProperty property = model.newInstance(CamundaProperty.class);
            property.setCamundaName(namesAndValues[i]);
            property.setCamundaValue(namesAndValues[i + 1]);
            properties.getCamundaProperties().add(property);
        }
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
