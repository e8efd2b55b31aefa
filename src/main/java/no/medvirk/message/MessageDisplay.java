package no.medvirk.message;

import java.time.ZoneId;
import no.medvirk.forms.FormDisplay;
import no.medvirk.forms.FormJson;
import no.medvirk.organisation.Organisation;
import no.medvirk.organisation.Organisation.Person;
import no.medvirk.time.Dates;

/**
 * What a task's form may show of the record. Each value is set, as a task-local variable, only on a
 * task whose form refers to it ({@link FormDisplay}): the form decides which of the submitter's
 * details its work needs, and they are never written to the engine's history
 * (medvirk.personal-variables). A field the form asks for starts with the record's value.
 */
final class MessageDisplay {

    private static final String MESSAGE_TEXT = "messageText";

    private MessageDisplay() {
    }

    static FormDisplay fill(FormDisplay display, Message message, Organisation organisation,
                            StandardAnswers standardAnswers, ZoneId zone) {
        Submitter submitter = message.getSubmitter();
        return display
                .put(MessageVariables.CASE_NUMBER, message::getCaseNumber)
                .put(MESSAGE_TEXT, message::getText)
                .put("kindLabel", () -> message.getKind() == null ? null : message.getKind().label())
                .put("receivedDate", () -> Dates.day(message.getReceivedAt(), zone))
                .put("contactDeadlineText", () -> Dates.day(message.getContactDeadline(), zone))
                .put("callAttemptsSoFar", () -> message.getCallAttempts().size())
                .put("cardSentText", () -> Dates.day(message.getCardSentAt(), zone))
                .put("contactCardUrl", () -> ContactCardController.path(message))
                .put("unitName", () -> message.getUnitCode() == null ? null : organisation.unit(message.getUnitCode())
                        .map(Organisation.Unit::name).orElse(message.getUnitCode()))
                .put("caseworkerName", () -> message.getCaseworker() == null ? null
                        : organisation.person(message.getCaseworker()).map(Person::fullName).orElse(message.getCaseworker()))
                .put("contactedText", () -> Dates.dayAndTime(message.getContactedAt(), zone))
                .put("answeredByLabel", () -> message.getAnsweredBy() == null ? null : message.getAnsweredBy().label())
                .put("satisfactionLabel", () -> message.getSatisfaction() == null ? null
                        : message.getSatisfaction().label())
                .put(MessageVariables.ANSWER, message::getAnswer)
                .put(MessageVariables.STANDARD_ANSWERS, () -> FormJson.value(standardAnswers.options(message.getSubjectArea())))
                .put(MessageVariables.DISSATISFACTION_REASON, message::getDissatisfactionReason)
                .put(MessageVariables.ALTERNATIVE_PROPOSAL, message::getAlternativeProposal)
                .put(MessageVariables.SUBMITTER_NAME, submitter::name)
                .put(MessageVariables.SUBMITTER_PHONE, submitter::phone)
                .put(MessageVariables.SUBMITTER_ADDRESS, submitter::address)
                .put(MessageVariables.SUBMITTER_EMAIL, submitter::email)
                .put(MessageVariables.CHANNEL, () -> message.getChannel().name())
                .put(MessageVariables.RECEIVED_AT, () -> message.getReceivedAt().atZone(zone).toLocalDate().toString())
                .put(MessageVariables.TEXT, message::getText)
                .put(MessageVariables.KIND, () -> message.getKind() == null ? null : message.getKind().name())
                .put(MessageVariables.SUBJECT_AREA, message::getSubjectArea)
                .put(MessageVariables.POLITICAL, message::isPolitical)
                .put(MessageVariables.EXTERNAL, message::isExternal)
                // Only Medvirk's own words and the case page's address: nothing the sender wrote goes into the markdown.
                .put("documentsText", () -> documents(message));
    }

    private static String documents(Message message) {
        int files = message.getDocuments().size();
        return files == 0 ? "" : "**Meldingen kom med " + (files == 1 ? "ett vedlegg" : files + " vedlegg")
                + ".** [Se vedleggene på saken](/sak/" + message.getCaseNumber() + ")";
    }
}
