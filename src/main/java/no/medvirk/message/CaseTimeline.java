package no.medvirk.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import no.medvirk.notification.OutboxMails;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Everything that happened to a case, from what Medvirk stores: the record (received, registered, routed,
 * each call, card, answer, closing, escalation), the engine's history of the case's tasks (who handed it out,
 * who did each step), the outbox (every mail about the case and to whom) and what other features add
 * ({@link CaseEvents}: overdue lists). Also the case's open tasks. The caller was checked before
 * ({@link ReadableMessages}); the engine's queries then run without the caller's authorizations, since a
 * caseworker may read the case but not the engine's history.
 */
@Component
class CaseTimeline {

    /** An open task of the case, with where Tasklist opens it. */
    record OpenTask(String name, String assignee, Instant due, String url) {
    }

    private static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";
    /** Element ids of message-lifecycle.bpmn, which process owners keep (they change names only). */
    private static final String HAND_OUT_TASK = "Task_AssignCaseworker";
    private static final String CALL_TASK = "Task_CallSubmitter";

    private final Messages messages;
    private final HistoryService historyService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final OutboxMails mails;
    private final Organisation organisation;
    private final List<CaseEvents> others;

    CaseTimeline(Messages messages, HistoryService historyService, TaskService taskService,
                 IdentityService identityService, OutboxMails mails, Organisation organisation, List<CaseEvents> others) {
        this.messages = messages;
        this.historyService = historyService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.mails = mails;
        this.organisation = organisation;
        this.others = others;
    }

    List<CaseEvent> of(Message m) {
        List<CaseEvent> events = new ArrayList<>();
        events.add(new CaseEvent(m.getReceivedAt(), "Mottatt", m.getChannel().label()
                + (m.getDocuments().isEmpty() ? "" : ", med " + m.getDocuments().size() + " vedlegg")));
        if (m.getRegisteredAt() != null) {
            events.add(new CaseEvent(m.getRegisteredAt(), "Registrert",
                    join(label(m.getKind()), m.getSubjectArea(), m.isPolitical() ? "politisk innhold" : null,
                            m.isExternal() ? "hører til en annen instans" : null)));
        }
        for (CallAttempt call : m.getCallAttempts()) {
            events.add(new CaseEvent(call.getAttemptedAt(), call.isReached() ? "Ringte innmelderen: nådd"
                    : "Ringte innmelderen: ikke nådd", organisation.personName(call.getCaller())));
        }
        if (m.getCardSentAt() != null) {
            events.add(new CaseEvent(m.getCardSentAt(), "Kontaktkort laget", "Innmelderen bes ringe kommunen"));
        }
        if (m.getContactedAt() != null) {
            events.add(new CaseEvent(m.getContactedAt(), "Innmelderen har fått svar",
                    join(label(m.getAnsweredBy()), m.getSatisfaction() == null ? null
                            : "reaksjon: " + m.getSatisfaction().label().toLowerCase(java.util.Locale.ROOT))));
        }
        if (m.getRemindedAt() != null) {
            events.add(new CaseEvent(m.getRemindedAt(), "Påminnelse om fristen", "Til saksbehandleren og enhetens ledere"));
        }
        if (m.getEscalatedAt() != null) {
            events.add(new CaseEvent(m.getEscalatedAt(), "Meldt til kommunedirektøren",
                    m.getChiefExecutiveInstruction() == null ? "På restanselisten for andre gang"
                            : "Instruks: " + m.getChiefExecutiveInstruction()));
        }
        for (Message duplicate : messages.findByDuplicateOfOrderById(m.getCaseNumber())) {
            events.add(new CaseEvent(duplicate.getClosedAt(), "Sak " + duplicate.getCaseNumber()
                    + " slått sammen med denne", "Innmelderen følger denne saken"));
        }
        if (m.getClosedAt() != null) {
            events.add(new CaseEvent(m.getClosedAt(), "Avsluttet", m.getDuplicateOf() != null
                    ? "Slått sammen med sak " + m.getDuplicateOf() : label(m.getAnsweredBy())));
        }
        Pattern caseNumber = Pattern.compile("(?<![0-9/])" + Pattern.quote(m.getCaseNumber()) + "(?![0-9])");
        mails.findBySubjectContainingOrderById(m.getCaseNumber()).stream()
                .filter(mail -> caseNumber.matcher(mail.getSubject()).find())
                .forEach(mail -> events.add(new CaseEvent(mail.getCreatedAt(), "E-post: " + mail.getSubject(),
                        "Til " + mail.getRecipient() + (mail.getSentAt() != null ? ""
                                : mail.getLastError() != null ? " (ikke sendt ennå: sendingen feilet, prøves igjen)"
                                : " (venter på sending)"))));
        for (HistoricTaskInstance task : withoutAuthorization(() -> historyService.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(m.getCaseNumber()).finished().list())) {
            // Each "Ring innmelder" completed is a call, which the record lists with its outcome already.
            if (task.getEndTime() == null || !"completed".equals(task.getDeleteReason())
                    || CALL_TASK.equals(task.getTaskDefinitionKey())) {
                continue;
            }
            events.add(new CaseEvent(task.getEndTime().toInstant(), "Oppgave fullført: " + task.getName(),
                    join(task.getAssignee() == null ? null : organisation.personName(task.getAssignee()),
                            HAND_OUT_TASK.equals(task.getTaskDefinitionKey()) && m.getCaseworker() != null
                                    ? "saken gikk til " + organisation.personName(m.getCaseworker()) : null)));
        }
        others.forEach(source -> events.addAll(source.of(m)));
        events.removeIf(e -> e.at() == null);
        events.sort(Comparator.comparing(CaseEvent::at));
        return events;
    }

    List<OpenTask> openTasks(Message m) {
        return withoutAuthorization(() -> taskService.createTaskQuery().processInstanceBusinessKey(m.getCaseNumber())
                .active().orderByTaskCreateTime().asc().list()).stream()
                .map((Task t) -> new OpenTask(t.getName(), t.getAssignee() == null ? null : organisation.personName(t.getAssignee()),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(), TASKLIST + t.getId()))
                .toList();
    }

    private <T> T withoutAuthorization(Supplier<T> query) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    private static String label(no.medvirk.forms.Labelled value) {
        return value == null ? null : value.label();
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
