package no.medvirk.message;

import java.time.Instant;
import java.util.List;

/** A message's record as the API shows it. */
record MessageView(String caseNumber, MessageStatus status, Channel channel, Instant receivedAt, String text, Kind kind,
                   String subjectArea, boolean political, boolean external, RoutedTo routedTo, String unit,
                   Instant registeredAt, Instant contactDeadline, String caseworker, List<Call> callAttempts,
                   Instant cardSentAt, Instant contactedAt, String answer, Satisfaction satisfaction,
                   String dissatisfactionReason, String alternativeProposal, AnsweredBy answeredBy, Instant closedAt,
                   int timesOverdue, Instant escalatedAt, String chiefExecutiveInstruction, Submitter submitter,
                   PlaceView place, String mediaUrl, List<String> photos) {

    record Call(Instant time, boolean reached) {
    }

    /** Where the problem is, and the district its point lies in (kept after retention). */
    record PlaceView(String text, Double lat, Double lon, String area) {
    }

    static MessageView of(Message m) {
        return new MessageView(m.getCaseNumber(), m.getStatus(), m.getChannel(), m.getReceivedAt(), m.getText(),
                m.getKind(), m.getSubjectArea(), m.isPolitical(), m.isExternal(), m.getRoutedTo(), m.getUnitCode(),
                m.getRegisteredAt(), m.getContactDeadline(), m.getCaseworker(),
                m.getCallAttempts().stream().map(c -> new Call(c.getAttemptedAt(), c.isReached())).toList(),
                m.getCardSentAt(), m.getContactedAt(), m.getAnswer(), m.getSatisfaction(), m.getDissatisfactionReason(),
                m.getAlternativeProposal(), m.getAnsweredBy(), m.getClosedAt(), m.getTimesOverdue(), m.getEscalatedAt(),
                m.getChiefExecutiveInstruction(), m.getSubmitter(),
                new PlaceView(m.getPlace().text(), m.getPlace().lat(), m.getPlace().lon(), m.getPlaceArea()),
                m.getMediaUrl(), PhotoController.each(m, i -> PhotoController.path(m, i)));
    }
}
