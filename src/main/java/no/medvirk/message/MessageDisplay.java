package no.medvirk.message;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.medvirk.forms.FormDisplay;
import no.medvirk.forms.FormJson;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's form may show of the record, made when the form is read and only on a task whose form
 * refers to it ({@link FormDisplay}): the form decides which of the submitter's details its work needs,
 * and they are never stored in the engine's tables. A field the form asks for starts with the record's
 * value.
 */
final class MessageDisplay {

    private static final String MESSAGE_TEXT = "messageText";
    /** How much of the text a task card shows. */
    static final int CARD_WORDS = 80;
    // What a citizen may have written to be reached at: e-mail addresses and runs of five digits or more.
    private static final Pattern CONTACT = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|\\+?\\d[\\d \\-.]{3,}\\d");

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
                .put("callbackDeadlineText", () -> Dates.dayAndTime(message.getCallbackDeadline(), zone))
                .put("contactCardUrl", () -> LetterController.contactCardPath(message))
                .put("unitName", () -> message.getUnitCode() == null ? null : organisation.unit(message.getUnitCode())
                        .map(Organisation.Unit::name).orElse(message.getUnitCode()))
                .put("caseworkerName", () -> message.getCaseworker() == null ? null
                        : organisation.personName(message.getCaseworker()))
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
                .put("documentsText", () -> documents(message))
                .put(MessageVariables.PLACE_TEXT, () -> message.getPlace().text())
                // The point, its district and the photos: numbers, names from the districts file and Medvirk's links.
                .put(MessageVariables.PLACE_DETAILS, () -> placeDetails(message));
    }

    /**
     * What the task's card in Tasklist shows: the case number and the line about the case, as variables of the
     * task itself, since a caseworker may read the task but not its process instance's variables. Never in the
     * engine's history (AuditHistoryLevel leaves a task's card variables out).
     */
    static void showCard(DelegateTask task, Message message, Organisation organisation, ZoneId zone) {
        task.setVariableLocal(MessageVariables.CASE_NUMBER, message.getCaseNumber());
        task.setVariableLocal(MessageVariables.CARD_TEXT, card(message, organisation, zone));
    }

    /**
     * One line a task card shows of the case (Tasklist's filters show the variable
     * {@value MessageVariables#CARD_TEXT}): subject area, unit, the first words of the text, calls so far
     * and the contact deadline. Never the submitter's details: what looks like a phone number or an
     * e-mail address in the text, and the submitter's own name, become "…".
     */
    static String card(Message message, Organisation organisation, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        if (message.getSubjectArea() != null) {
            parts.add(message.getSubjectArea());
        }
        if (message.getUnitCode() != null) {
            parts.add(organisation.unitName(message.getUnitCode()));
        }
        String words = firstWords(withoutContactDetails(message.getText(), message.getSubmitter()));
        if (!words.isEmpty()) {
            parts.add("«" + words + "»");
        }
        if (message.getRules() != null) {
            parts.add("Samtaler: " + message.getCallAttempts().size() + " av " + message.getRules().callAttempts());
        }
        if (message.getContactDeadline() != null) {
            parts.add("Kontaktfrist " + Dates.day(message.getContactDeadline(), zone));
        }
        return String.join(" · ", parts);
    }

    private static String withoutContactDetails(String text, Submitter submitter) {
        if (text == null) {
            return "";
        }
        String plain = CONTACT.matcher(text).replaceAll("…");
        if (submitter != null && submitter.name() != null && !submitter.name().isBlank()) {
            for (String name : submitter.name().trim().split("\\s+")) {
                if (name.length() > 1) {
                    plain = plain.replaceAll("(?iu)\\b" + Pattern.quote(name) + "\\b", "…");
                }
            }
        }
        return plain.replaceAll("\\s+", " ").trim();
    }

    /** The text up to {@link #CARD_WORDS} characters, cut between words. */
    private static String firstWords(String text) {
        if (text.length() <= CARD_WORDS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', CARD_WORDS);
        return text.substring(0, cut > CARD_WORDS / 2 ? cut : CARD_WORDS).stripTrailing() + "…";
    }

    static String placeDetails(Message message) {
        List<String> lines = new ArrayList<>();
        Place place = message.getPlace();
        if (place.hasPoint()) {
            lines.add("**Punkt på kartet:** " + place.pointText()
                    + (message.getPlaceArea() == null ? "" : " (" + message.getPlaceArea() + ")")
                    + " – [åpne i kart](" + PhotoController.mapLink(place) + ")");
        }
        List<MessagePhoto> photos = message.getPhotos();
        if (!photos.isEmpty()) {
            StringBuilder line = new StringBuilder("**Bilder (" + photos.size() + "):**");
            for (int i = 1; i <= photos.size(); i++) {
                line.append(" [![Bilde ").append(i).append("](").append(PhotoController.thumbnailPath(message, i))
                        .append(")](").append(PhotoController.path(message, i)).append(")");
            }
            lines.add(line.toString());
        }
        if (message.getMediaUrl() != null) {
            lines.add("**Innbyggeren sendte en lenke til et bilde.** [Se lenken på saken](/sak/" + message.getCaseNumber() + ")");
        }
        return String.join("\n\n", lines);
    }

    private static String documents(Message message) {
        int files = message.getDocuments().size();
        return files == 0 ? "" : "**Meldingen kom med " + (files == 1 ? "ett vedlegg" : files + " vedlegg")
                + ".** [Se vedleggene på saken](/sak/" + message.getCaseNumber() + ")";
    }
}
