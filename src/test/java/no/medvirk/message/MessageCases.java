package no.medvirk.message;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Takes test messages through their lifecycle as the users would: the tests have no job executor,
 * so the continuation after registration runs here.
 */
@Component
public class MessageCases {

    private final MessageRegistration registration;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final CitizenLinks links;
    private final CitizenCase citizenCase;

    MessageCases(MessageRegistration registration, RuntimeService runtimeService, TaskService taskService,
                 ManagementService managementService, CitizenLinks links, CitizenCase citizenCase) {
        this.registration = registration;
        this.links = links;
        this.citizenCase = citizenCase;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    /** The token of the case's private status link, as the citizen's receipt carries it. */
    public String statusToken(String caseNumber) {
        String url = links.statusUrl(caseNumber).orElseThrow();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The citizen adds photos on their status page, the one way photos reach a registered message. */
    public void addPhotos(String caseNumber, List<PhotoUpload> uploads) {
        citizenCase.addInformation(statusToken(caseNumber), null, uploads);
    }

    /** Registers the message, routes it and hands it to the caseworker; returns its case number. */
    public String assigned(MessageInput input, String caseworker) {
        String caseNumber = registration.register(input).getCaseNumber();
        routed(caseNumber);
        completeTask(caseNumber, Map.of("caseworker", caseworker));
        return caseNumber;
    }

    /**
     * A message for Vei, park og idrett registered and routed: its "Fordel melding", for the unit's
     * leaders. Its case number is added to {@code toEnd}, for {@link #end}.
     */
    public org.camunda.bpm.engine.task.Task handOutTask(java.util.Collection<String> toEnd) {
        String caseNumber = registration.register(new MessageInput("CARD", null, "Skiltet ved brua er borte.",
                "COMPLAINT", "Vei og trafikk", false, false, null)).getCaseNumber();
        toEnd.add(caseNumber);
        return openTask(caseNumber);
    }

    /** Runs the jobs waiting in the case's process: the routing after registration, a due timer. */
    public void routed(String caseNumber) {
        // None left when the registration took the first step at once (and none of an instance that has ended).
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().forEach(instance ->
                managementService.createJobQuery().processInstanceId(instance.getId()).list()
                        .forEach(job -> managementService.executeJob(job.getId())));
    }

    /** The case's one open task once the jobs waiting before it have run (a received message's registration). */
    public org.camunda.bpm.engine.task.Task openTask(String caseNumber) {
        routed(caseNumber);
        return taskService.createTaskQuery().processInstanceId(instanceOf(caseNumber)).singleResult();
    }

    /** Completes the case's one open task with the form's values. */
    public void completeTask(String caseNumber, Map<String, Object> values) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(instanceOf(caseNumber)).singleResult()
                .getId(), values);
    }

    /** Ends the processes of these cases, for the next test (their records stay). */
    public void end(java.util.Collection<String> caseNumbers) {
        caseNumbers.forEach(n -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(n).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over")));
    }

    public String instanceOf(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }
}
