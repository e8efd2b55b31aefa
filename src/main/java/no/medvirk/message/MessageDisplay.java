package no.medvirk.message;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.medvirk.organisation.Organisation.Person;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;

/**
 * What a task's form shows of the record, as task-local variables: they disappear with the task, and
 * the submitter's details are never written to the engine's history (medvirk.personal-variables).
 * Each task shows only the personal data its work needs.
 */
final class MessageDisplay {

    static final String MESSAGE_TEXT = "messageText";

    private static final Set<String> CALLING = Set.of("Task_CallSubmitter", "Task_RecordCallback");
    private static final Set<String> WRITING = Set.of("Task_AnswerSubmitter");
    private static final Set<String> ANY_CONTACT = Set.of("Task_HandlePoliticalMessage",
            "Task_ContactAboutOtherAuthority");
    private static final String REGISTERING = "Task_RegisterMessage";
    private static final String REVIEWING = "Task_ReviewFollowUp";

    private MessageDisplay() {
    }

    static Map<String, Object> forTask(String taskKey, Message message, Organisation organisation, ZoneId zone) {
        Map<String, Object> shown = new HashMap<>();
        shown.put(MessageVariables.CASE_NUMBER, message.getCaseNumber());
        shown.put(MESSAGE_TEXT, message.getText());
        shown.put("kindLabel", message.getKind() == null ? null : message.getKind().label());
        shown.put("receivedDate", Dates.day(message.getReceivedAt(), zone));
        shown.put("contactDeadlineText", Dates.day(message.getContactDeadline(), zone));
        shown.put("callAttemptsSoFar", message.getCallAttempts().size());
        shown.put("cardSentText", Dates.day(message.getCardSentAt(), zone));
        shown.put("contactCardUrl", ContactCardController.path(message));
        shown.put("unitName", message.getUnitCode() == null ? null
                : organisation.unit(message.getUnitCode()).map(Organisation.Unit::name).orElse(message.getUnitCode()));
        shown.put("caseworkerName", message.getCaseworker() == null ? null
                : organisation.person(message.getCaseworker()).map(Person::fullName).orElse(message.getCaseworker()));
        shown.put("contactedText", Dates.dayAndTime(message.getContactedAt(), zone));
        shown.put("answeredByLabel", message.getAnsweredBy() == null ? null : message.getAnsweredBy().label());
        shown.put("satisfactionLabel", message.getSatisfaction() == null ? null : message.getSatisfaction().label());
        if (REVIEWING.equals(taskKey)) {
            // Display only here; on the tasks that ask for them a value here would hide what was typed.
            shown.put(MessageVariables.ANSWER, message.getAnswer());
            shown.put(MessageVariables.DISSATISFACTION_REASON, message.getDissatisfactionReason());
            shown.put(MessageVariables.ALTERNATIVE_PROPOSAL, message.getAlternativeProposal());
        }

        Submitter submitter = message.getSubmitter();
        if (CALLING.contains(taskKey) || ANY_CONTACT.contains(taskKey) || REGISTERING.equals(taskKey)) {
            shown.put(MessageVariables.SUBMITTER_NAME, submitter.name());
            shown.put(MessageVariables.SUBMITTER_PHONE, submitter.phone());
        }
        if (WRITING.contains(taskKey) || ANY_CONTACT.contains(taskKey) || REGISTERING.equals(taskKey)) {
            shown.put(MessageVariables.SUBMITTER_NAME, submitter.name());
            shown.put(MessageVariables.SUBMITTER_ADDRESS, submitter.address());
            shown.put(MessageVariables.SUBMITTER_EMAIL, submitter.email());
        }
        if (REGISTERING.equals(taskKey)) {
            shown.put(MessageVariables.CHANNEL, message.getChannel().name());
            shown.put(MessageVariables.RECEIVED_AT, message.getReceivedAt().atZone(zone).toLocalDate().toString());
            shown.put(MessageVariables.TEXT, message.getText());
            shown.put(MessageVariables.KIND, message.getKind() == null ? null : message.getKind().name());
            shown.put(MessageVariables.SUBJECT_AREA, message.getSubjectArea());
            shown.put(MessageVariables.POLITICAL, message.isPolitical());
            shown.put(MessageVariables.EXTERNAL, message.isExternal());
            int files = message.getDocuments().size();
            // Only Medvirk's own words and the case page's address: nothing the sender wrote goes into the markdown.
            shown.put("documentsText", files == 0 ? "" : "**Meldingen kom med " + (files == 1 ? "ett vedlegg" : files + " vedlegg")
                    + ".** [Se vedleggene på saken](/sak/" + message.getCaseNumber() + ")");
        }
        return shown;
    }
}
