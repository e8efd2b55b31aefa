package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import no.medvirk.ModelBeans;
import no.medvirk.PlainEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plumbing a task needs comes with its form, not from expressions in the model: a call task a
 * process owner drew from scratch still records the call, and a model from before that names the
 * listener itself runs it once.
 */
class StepListenersTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = PlainEngine.extension();

    ProcessEngine engine;

    @Test
    void shouldAttachTheListenersOfTheFormAndOfTheRoutingDecision() {
        ModelBeans beans = ModelBeans.named("showMessage", "recordCallAttempt", "recordRouting");
        deploy(Bpmn.createExecutableProcess("drawn").camundaHistoryTimeToLive(1).startEvent()
                .businessRuleTask("Task_Route").camundaDecisionRef("message-routing")
                .userTask("Task_Call").camundaFormRef("call-submitter").camundaFormRefBinding("deployment")
                .endEvent().done());

        finishTheTask("drawn");

        assertThat(beans.called()).containsExactly("recordRouting", "showMessage", "recordCallAttempt");
    }

    @Test
    void shouldRunAListenerTheModelAlsoNamesOnce() {
        ModelBeans beans = ModelBeans.named("showMessage", "recordCallAttempt");
        deploy(Bpmn.createExecutableProcess("older").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Call").camundaFormRef("call-submitter").camundaFormRefBinding("deployment")
                .camundaTaskListenerDelegateExpression("create", "${showMessage}")
                .endEvent().done());

        finishTheTask("older");

        assertThat(beans.called()).containsExactly("showMessage", "recordCallAttempt");
    }

    private void deploy(org.camunda.bpm.model.bpmn.BpmnModelInstance model) {
        var deployment = engine.getRepositoryService().createDeployment().addModelInstance("model.bpmn", model)
                .addString("call-submitter.form", "{\"id\": \"call-submitter\", \"type\": \"default\", \"components\": []}");
        if (model.getModelElementById("Task_Route") != null) {
            deployment.addString("message-routing.dmn", ROUTING);
        }
        extension.manageDeployment(deployment.deploy());
    }

    private void finishTheTask(String processKey) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(processKey).getId();
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .singleResult().getId());
    }

    private static final String ROUTING = """
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="t"
                         xmlns:camunda="http://camunda.org/schema/1.0/dmn">
              <decision id="message-routing" name="Ruting" camunda:historyTimeToLive="1">
                <decisionTable id="table">
                  <output id="out" name="unit" typeRef="string" />
                  <rule id="rule"><outputEntry id="oe"><text>"vei"</text></outputEntry></rule>
                </decisionTable>
              </decision>
            </definitions>
            """;
}
