package no.medvirk.dialogue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.notification.OutboxMail;
import no.medvirk.notification.OutboxMails;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drives the dialogue processes as their users do in Tasklist: forms submitted onto the task, dynamic
 * lists as JSON, the engine clock moved and the timers run by hand (the tests have no job executor).
 */
@Component
class DialogueCases {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final DialoguePlanning planning;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final FormService formService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final OutboxMails outbox;
    private final JdbcTemplate jdbc;

    DialogueCases(DialoguePlanning planning, RuntimeService runtimeService, TaskService taskService,
                  FormService formService, ManagementService managementService, RepositoryService repositoryService,
                  IdentityService identityService, OutboxMails outbox, JdbcTemplate jdbc) {
        this.planning = planning;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.formService = formService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(OSLO).toInstant()));
    }

    static Date oslo(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(OSLO).toInstant());
    }

    /** A form's dynamic list, as Tasklist submits it: a JSON variable. */
    static TypedValue json(List<Map<String, Object>> rows) {
        return SpinValues.jsonValue(org.camunda.spin.Spin.JSON(rows).toString()).create();
    }

    /** Markdown a form shows, with Medvirk's escaping taken out, as the user reads it. */
    static String plain(Object markdown) {
        return markdown.toString().replaceAll("\\\\(.)", "$1");
    }

    static Map<String, Object> group(String name, String leader, List<String> members, String coordinator) {
        Map<String, Object> group = new HashMap<>();
        group.put("name", name);
        group.put("leader", leader);
        group.put("members", members);
        group.put("coordinator", coordinator);
        return group;
    }

    static Map<String, Object> meeting(String unit, String group, String date, String place, String themes) {
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("unit", unit);
        meeting.put("group", group);
        meeting.put("date", date);
        meeting.put("startTime", "18:00");
        meeting.put("endTime", "20:00");
        meeting.put("place", place);
        meeting.put("themes", themes);
        return meeting;
    }

    /** {@code sekretar} starts the year from the start form, with her rights. */
    ProcessInstance startCycle(int year) {
        identityService.setAuthentication("sekretar", List.of("committee-secretariat", "medvirk-users"));
        try {
            return formService.submitStartForm(definition(DialogueVariables.CYCLE), Map.of("year", (long) year));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** {@code sekretar} registers a request that came by phone or letter. */
    ProcessInstance startRequest(Map<String, Object> form) {
        identityService.setAuthentication("sekretar", List.of("committee-secretariat", "medvirk-users"));
        try {
            return formService.submitStartForm(definition(DialogueVariables.REQUEST), form);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * On 1 April 2031, a meeting with Vei, park og idrett on Wednesday 14 May 2031, 18-20, led by
     * {@code politiker}, with {@code sekretar} as coordinator; its id.
     */
    long plannedMeeting() {
        at(2031, 4, 1, 10, 0);
        return planning.single(null, new DialoguePlanning.GroupDraft("Gruppe 1", "politiker", List.of("representant", "bjorn"), "sekretar"),
                new DialoguePlanning.MeetingDraft("vei", null, "2031-05-14", "18:00", "20:00", "Rådhuset, møterom 1",
                        "Hvordan opplever dere brøytingen?")).getId();
    }

    /** A meeting started alone, as a process owner or a request starts one. */
    ProcessInstance startMeeting(long meetingId) {
        return runtimeService.startProcessInstanceByKey(DialogueVariables.MEETING,
                Map.of(DialogueVariables.MEETING_ID, meetingId));
    }

    Task task(String instanceId, String key) {
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).singleResult();
    }

    List<Task> tasks(String instanceId, String key) {
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).list();
    }

    /**
     * Submits the task's form as Tasklist does: the values land on the task. Minutes without an
     * attendance list have everyone the form lists present.
     */
    void submit(Task task, Map<String, Object> values) {
        Map<String, Object> submitted = new HashMap<>(values);
        if ("Task_WriteMinutes".equals(task.getTaskDefinitionKey()) && !values.containsKey("attendance")) {
            submitted.put("attendance", json(allPresent(task)));
        }
        formService.submitTaskForm(task.getId(), submitted);
    }

    /** The attendance rows the minutes' form shows, each participant present. */
    List<Map<String, Object>> allPresent(Task task) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (Object row : org.camunda.spin.Spin.JSON(shown(task).get("attendance").toString()).elements()) {
            Map<String, Object> present = new HashMap<>();
            present.put("name", ((org.camunda.spin.json.SpinJsonNode) row).prop("name").stringValue());
            present.put("status", "PRESENT");
            rows.add(present);
        }
        return rows;
    }

    void submit(String instanceId, String key, Map<String, Object> values) {
        submit(task(instanceId, key), values);
    }

    Map<String, Object> shown(Task task) {
        return formService.getTaskFormVariables(task.getId());
    }

    Job onlyJob(String instanceId) {
        return managementService.createJobQuery().processInstanceId(instanceId).singleResult();
    }

    void run(Job job) {
        managementService.executeJob(job.getId());
    }

    /** The meeting instances the cycle called, in meeting order. */
    List<ProcessInstance> meetingsOf(String cycleInstanceId) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(cycleInstanceId).list().stream()
                .sorted(java.util.Comparator.comparing(p -> ((Number) runtimeService.getVariable(p.getId(),
                        DialogueVariables.MEETING_ID)).longValue()))
                .toList();
    }

    /**
     * Takes a waiting meeting through invitation, final agenda, the meeting and approved minutes with
     * these inputs (text, unit).
     */
    void holdWithMinutes(String meetingInstanceId, List<Map<String, Object>> inputs) {
        run(onlyJob(meetingInstanceId));
        run(onlyJob(meetingInstanceId));
        submit(meetingInstanceId, "Task_RecordMeeting", Map.of("meetingOutcome", "HELD"));
        submit(meetingInstanceId, "Task_WriteMinutes", minutes(inputs));
        submit(meetingInstanceId, "Task_ApproveMinutes", Map.of("minutesApprovedAnswer", "true"));
    }

    void cancel(String meetingInstanceId, String reason) {
        run(onlyJob(meetingInstanceId));
        run(onlyJob(meetingInstanceId));
        submit(meetingInstanceId, "Task_RecordMeeting", Map.of("meetingOutcome", "CANCELLED", "cancelReason", reason));
    }

    static Map<String, Object> minutes(List<Map<String, Object>> inputs) {
        return Map.of(
                "attendees", json(List.of(Map.of("name", "Åse Brukerrådsleder", "organisation", "Brukerrådet"),
                        Map.of("name", "Tor Tillitsvalgt", "organisation", "Fagforbundet"))),
                "points", "Åpningstider og ventetid.",
                "inputs", json(inputs),
                "agreed", "Enheten ser på åpningstidene.",
                "nextMeeting", "Våren neste år");
    }

    /** The attendance of {@link #plannedMeeting()}'s six participants, everyone present, as a REST client sends it. */
    static List<Map<String, Object>> sixPresent() {
        return java.util.Collections.nCopies(6, Map.of("status", "PRESENT"));
    }

    static Map<String, Object> input(String text, String unit) {
        return Map.of("text", text, "unit", unit);
    }

    /** The mails the outbox holds since the given id, oldest first. */
    List<OutboxMail> mailsAfter(long lastId) {
        return outbox.findAll().stream().filter(m -> m.getId() > lastId)
                .sorted(java.util.Comparator.comparing(OutboxMail::getId)).toList();
    }

    long lastMailId() {
        return outbox.findAll().stream().mapToLong(OutboxMail::getId).max().orElse(0);
    }

    /** Ends every dialogue process and deletes the dialogue records, for the next test. */
    void cleanUp() {
        ClockUtil.reset();
        for (String key : List.of(DialogueVariables.REQUEST, DialogueVariables.CYCLE, DialogueVariables.MEETING,
                DialogueVariables.YEARLY)) {
            runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().forEach(p -> {
                if (runtimeService.createProcessInstanceQuery().processInstanceId(p.getId()).count() > 0) {
                    runtimeService.deleteProcessInstance(p.getId(), "test over");
                }
            });
        }
        for (String table : List.of("agenda_item", "meeting_attendee", "meeting_attendance", "dialogue_meeting_unit",
                "dialogue_meeting_contact", "dialogue_group_member", "dialogue_input", "dialogue_meeting",
                "dialogue_group", "body_treatment", "meeting_request", "dialogue_plan")) {
            jdbc.update("delete from " + table);
        }
    }

    private String definition(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getId();
    }
}
