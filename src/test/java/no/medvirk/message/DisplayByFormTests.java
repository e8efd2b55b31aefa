package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;

import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task a process owner adds in Modeler, with the record's display listener and a form of its own,
 * shows what its form names of the message, and nothing else: no default fields, and none of the
 * submitter's details its form does not show.
 */
@MedvirkTest
class DisplayByFormTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MessageRegistration registration;

    Deployment deployment;

    @BeforeEach
    void deployTheNewTask() {
        deployment = engine.getRepositoryService().createDeployment().name("test-message-summary")
                .addClasspathResource("models/message-summary.bpmn").addClasspathResource("models/message-summary.form")
                .deploy();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }

    @Test
    void aNewTaskGetsTheDisplayFieldsItsFormNames() {
        Message message = registration.register(new MessageInput("PHONE", null, "Gatelyset i Parkveien er mørkt.",
                "COMPLAINT", "Vei og trafikk", false, false,
                new MessageInput.SubmitterInput("Gudrun Ørnelundsen", "Blåbærstien 17", "912 34 567", "gudrun@example.no")));

        String instance = engine.getRuntimeService().startProcessInstanceByKey("test-message-summary",
                message.getCaseNumber()).getId();

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(engine.getFormService().getTaskFormVariables(task.getId()))
                .containsOnlyKeys("caseNumber", "contactDeadlineText", "submitterPhone", "messageText", "kindLabel",
                        "cardText")
                .containsEntry("caseNumber", message.getCaseNumber())
                .containsEntry("submitterPhone", "912 34 567")
                .containsEntry("messageText", "Gatelyset i Parkveien er mørkt.")
                .containsEntry("kindLabel", "Klage");
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(message.getCaseNumber())
                .list().forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
    }

    @Test
    void everyTaskOfAMessageTellsItsCardTheCaseWithoutTheSubmittersDetails() {
        Message message = registration.register(new MessageInput("PHONE", null, "Gudrun her. Gatelyset i Parkveien "
                + "er mørkt, ring 912 34 567 eller skriv til gudrun@example.no. Det har vart i tre uker nå, og det er "
                + "farlig for skolebarna.", "COMPLAINT", "Vei og trafikk", false, false,
                new MessageInput.SubmitterInput("Gudrun Ørnelundsen", "Blåbærstien 17", "912 34 567", "gudrun@example.no")));

        String instance = engine.getRuntimeService().startProcessInstanceByKey("test-message-summary",
                message.getCaseNumber()).getId();

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        String card = (String) engine.getTaskService().getVariable(task.getId(), "cardText");
        assertThat(card).startsWith("Vei og trafikk · «… her. Gatelyset i Parkveien er mørkt, ring … eller skriv til …")
                .contains("Samtaler: 0 av 3 · Kontaktfrist ")
                .doesNotContain("Gudrun", "912", "example.no", "skolebarna");
        assertThat(card.substring(card.indexOf('«') + 1, card.indexOf('»'))).hasSizeLessThanOrEqualTo(81);
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(message.getCaseNumber())
                .list().forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
    }
}
