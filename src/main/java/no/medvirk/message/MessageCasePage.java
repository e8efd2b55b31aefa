package no.medvirk.message;

import java.time.Clock;
import java.util.List;
import no.medvirk.forms.Labelled;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A message's case as a page to read, linked from the due lists and the tasks. Everything is text, escaped. */
@Controller
class MessageCasePage {

    /** What the page shows, in Norwegian words. */
    record Case(String caseNumber, String status, String channel, String received, String kind, String subjectArea,
                String answeredByOffice, String caseworker, String registered, String deadline, List<String> calls,
                String cardSent, String contacted, String answeredBy, String answer, String satisfaction,
                String dissatisfactionReason, String alternativeProposal, String closed, int timesOverdue,
                String escalated, String instruction, String text, Submitter submitter, List<Document> documents,
                Where where) {
    }

    /** Where the problem is, and its photos; empty after retention. */
    record Where(String text, String point, String mapLink, String area, String mediaUrl, List<Photo> photos) {

        public boolean isShown() {
            return text != null || point != null || area != null || mediaUrl != null;
        }
    }

    /** A photo: the display copy and its thumbnail. */
    record Photo(String url, String thumbnailUrl) {
    }

    /** A file that came with the message: its name and where to download it. */
    record Document(String name, String size, String url) {
    }

    /** A line of the timeline: when (Oslo time), what, and more about it. */
    record Event(String when, String what, String detail) {
    }

    /** An open task: its name, who has it, its due date and its link into Tasklist. */
    record OpenTask(String name, String assignee, String due, String url) {
    }

    private final ReadableMessages readable;
    private final Messages messages;
    private final CaseTimeline timeline;
    private final Organisation organisation;
    private final AnswerLetter answerLetter;
    private final Clock clock;

    MessageCasePage(ReadableMessages readable, Messages messages, CaseTimeline timeline, Organisation organisation,
                    AnswerLetter answerLetter, Clock clock) {
        this.readable = readable;
        this.messages = messages;
        this.timeline = timeline;
        this.organisation = organisation;
        this.answerLetter = answerLetter;
        this.clock = clock;
    }

    @GetMapping("/sak/{yy}/{n}")
    @Transactional(readOnly = true)
    String show(@PathVariable String yy, @PathVariable String n, Model model) {
        Message m = readable.get(yy, n);
        var zone = clock.getZone();
        model.addAttribute("c", new Case(m.getCaseNumber(), m.getStatus().label(), m.getChannel().label(),
                Dates.day(m.getReceivedAt(), zone), label(m.getKind()), m.getSubjectArea(), answeringOffice(m),
                m.getCaseworker() == null ? null
                        : organisation.personName(m.getCaseworker()),
                Dates.dayAndTime(m.getRegisteredAt(), zone), Dates.day(m.getContactDeadline(), zone),
                m.getCallAttempts().stream().map(c -> Dates.dayAndTime(c.getAttemptedAt(), zone)
                        + (c.isReached() ? ": nådd" : ": ikke nådd")).toList(),
                Dates.day(m.getCardSentAt(), zone), Dates.dayAndTime(m.getContactedAt(), zone), label(m.getAnsweredBy()),
                m.getAnswer(), label(m.getSatisfaction()), m.getDissatisfactionReason(), m.getAlternativeProposal(),
                Dates.dayAndTime(m.getClosedAt(), zone), m.getTimesOverdue(), Dates.day(m.getEscalatedAt(), zone),
                m.getChiefExecutiveInstruction(), m.getText(), m.getSubmitter(), documents(m), where(m)));
        model.addAttribute("timeline", timeline.of(m).stream()
                .map(e -> new Event(Dates.dayAndTime(e.at(), zone), e.what(), e.detail())).toList());
        model.addAttribute("tasks", timeline.openTasks(m).stream().map(t -> new OpenTask(t.name(),
                t.assignee(), Dates.day(t.due(), zone), t.url())).toList());
        // The letters to print: the contact card, and an answer by letter to a submitter without e-mail.
        model.addAttribute("contactCardUrl", LetterController.contactCardPath(m));
        model.addAttribute("answerLetterUrl", answerLetter.printed(m) ? LetterController.answerLetterPath(m) : null);
        model.addAttribute("duplicateOf", m.getDuplicateOf());
        model.addAttribute("duplicates", messages.findByDuplicateOfOrderById(m.getCaseNumber()).stream()
                .map(Message::getCaseNumber).toList());
        return "message-case";
    }

    private static List<Document> documents(Message m) {
        List<MessageDocument> files = m.getDocuments();
        return java.util.stream.IntStream.range(0, files.size()).mapToObj(i -> new Document(files.get(i).getFileName(),
                Math.max(1, Math.round(files.get(i).getSizeBytes() / 1024.0)) + " kB",
                MessageDocumentController.path(m, i + 1))).toList();
    }

    private static Where where(Message m) {
        Place place = m.getPlace();
        return new Where(place.text(), place.pointText(), place.hasPoint() ? PhotoController.mapLink(place) : null,
                m.getPlaceArea(), m.getMediaUrl(),
                PhotoController.each(m, i -> new Photo(PhotoController.path(m, i), PhotoController.thumbnailPath(m, i))));
    }

    private String answeringOffice(Message m) {
        if (m.getRoutedTo() == null) {
            return null;
        }
        return switch (m.getRoutedTo()) {
            case UNIT -> organisation.unitName(m.getUnitCode());
            case MAYOR -> organisation.mayor().name();
            case EXTERNAL -> "Annen instans (via " + organisation.serviceCentre().name() + ")";
        };
    }

    private static String label(Labelled value) {
        return value == null ? null : value.label();
    }
}
