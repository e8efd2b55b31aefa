package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The case record's state changes, M2-M11 and the retention of personal data, without a database. */
class MessageTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant RECEIVED = oslo(2027, 3, 15, 9, 0).toInstant();
    private static final Submitter NINA = new Submitter("Nina Nilsen", "Storgata 1", "90000000", "nina@example.no");

    @Test
    void shouldStartAsReceivedWithItsCaseNumberAndNothingDecided() {
        Message message = received(NINA);

        assertThat(message.getCaseNumber()).isEqualTo("27/1380");
        assertThat(message.getStatus()).isEqualTo(MessageStatus.RECEIVED);
        assertThat(message.getChannel()).isEqualTo(Channel.WEB);
        assertThat(message.getReceivedAt()).isEqualTo(RECEIVED);
        assertThat(message.getRegisteredAt()).isNull();
        assertThat(message.getContactDeadline()).isNull();
        assertThat(message.getRoutedTo()).isNull();
        assertThat(message.getCallAttempts()).isEmpty();
        assertThat(message.hasPhone()).isTrue();
    }

    @Test
    void shouldKeepTheCitizensChoiceWithoutRegisteringIt() {
        Message message = received(NINA);

        message.suggest(Kind.COMPLAINT, "Gatelys");

        assertThat(message.getKind()).isEqualTo(Kind.COMPLAINT);
        assertThat(message.getSubjectArea()).isEqualTo("Gatelys");
        assertThat(message.getStatus()).isEqualTo(MessageStatus.RECEIVED);
        assertThat(message.getRegisteredAt()).isNull();
    }

    @Test
    void shouldTakeTheServiceCentresCorrections() {
        Message message = received(NINA);
        Instant earlier = RECEIVED.minusSeconds(86_400);
        Submitter per = new Submitter("Per Hansen", null, null, null);

        message.correct(Channel.LETTER, earlier, "Lyset i parken er slukket.", per);

        assertThat(message.getChannel()).isEqualTo(Channel.LETTER);
        assertThat(message.getReceivedAt()).isEqualTo(earlier);
        assertThat(message.getText()).isEqualTo("Lyset i parken er slukket.");
        assertThat(message.getSubmitter()).isEqualTo(per);
        assertThat(message.hasPhone()).isFalse();
    }

    @Test
    void shouldGiveTenCalendarDaysFromRegistrationInOsloAcrossTheChangeToSummerTime() {
        Message message = received(NINA);
        // Summer time begins on Sunday 28 March 2027: ten days after 12:00 on 20 March is 12:00 on 30 March, Oslo time.
        ZonedDateTime now = oslo(2027, 3, 20, 12, 0);

        message.register(Kind.QUESTION, "Vei og trafikk", false, false, now, new MessageRules(Period.ofDays(10), 3, true));

        assertThat(message.getStatus()).isEqualTo(MessageStatus.REGISTERED);
        assertThat(message.getRegisteredAt()).isEqualTo(now.toInstant());
        assertThat(message.getContactDeadline()).isEqualTo(Instant.parse("2027-03-30T10:00:00Z"));
        assertThat(message.getKind()).isEqualTo(Kind.QUESTION);
        assertThat(message.getSubjectArea()).isEqualTo("Vei og trafikk");
    }

    @Test
    void shouldRememberPoliticalContentAndAnotherAuthority() {
        Message message = received(NINA);

        message.register(Kind.SUGGESTION, "Idrettsanlegg", true, true, oslo(2027, 3, 15, 10, 0), new MessageRules(Period.ofDays(10), 3, true));

        assertThat(message.isPolitical()).isTrue();
        assertThat(message.isExternal()).isTrue();
    }

    @Test
    void shouldBeForwardedToTheUnitTheRoutingChose() {
        Message message = registered();

        message.route(RoutedTo.UNIT, "vei");

        assertThat(message.getStatus()).isEqualTo(MessageStatus.FORWARDED);
        assertThat(message.getRoutedTo()).isEqualTo(RoutedTo.UNIT);
        assertThat(message.getUnitCode()).isEqualTo("vei");
    }

    @Test
    void shouldHaveNoUnitWhenTheMayorAnswers() {
        Message message = registered();

        message.route(RoutedTo.MAYOR, null);

        assertThat(message.getRoutedTo()).isEqualTo(RoutedTo.MAYOR);
        assertThat(message.getUnitCode()).isNull();
    }

    @Test
    void shouldBeWithTheCaseworkerItIsHandedTo() {
        Message message = forwarded();

        message.assign("kari");

        assertThat(message.getStatus()).isEqualTo(MessageStatus.ASSIGNED);
        assertThat(message.getCaseworker()).isEqualTo("kari");
    }

    @Test
    void shouldCountEveryCallInTheOrderTheyWereMade() {
        Message message = assigned();
        Instant first = RECEIVED.plusSeconds(3_600);
        Instant second = first.plusSeconds(86_400);

        assertThat(message.recordCallAttempt(first, false, "kari")).isEqualTo(1);
        assertThat(message.recordCallAttempt(second, true, "vegleder")).isEqualTo(2);

        assertThat(message.getCallAttempts()).extracting(CallAttempt::getAttemptedAt, CallAttempt::isReached,
                CallAttempt::getCaller).containsExactly(
                tuple(first, false, "kari"),
                tuple(second, true, "vegleder"));
        assertThat(message.getStatus()).as("a call alone contacts no one").isEqualTo(MessageStatus.ASSIGNED);
    }

    @Test
    void shouldNotLetTheCallsBeChangedFromOutside() {
        Message message = assigned();
        message.recordCallAttempt(RECEIVED, false, "kari");

        assertThatThrownBy(() -> message.getCallAttempts().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(message.getCallAttempts()).hasSize(1);
    }

    @Test
    void shouldWaitForTheSubmitterToCallOnceTheCardIsSent() {
        Message message = assigned();
        Instant sent = RECEIVED.plusSeconds(3 * 86_400);

        message.cardSent(sent);

        assertThat(message.getStatus()).isEqualTo(MessageStatus.CARD_SENT);
        assertThat(message.getCardSentAt()).isEqualTo(sent);
    }

    @Test
    void shouldKeepTheAnswerAndTheReactionWhenTheSubmitterIsContacted() {
        Message message = assigned();
        Instant reached = RECEIVED.plusSeconds(2 * 86_400);

        message.contacted(new ContactReport(AnsweredBy.PHONE, "Vi fyller hullet i uke 12.", Satisfaction.DISSATISFIED,
                "Det tar for lang tid.", "Fyll det i morgen."), reached);

        assertThat(message.getStatus()).isEqualTo(MessageStatus.CONTACTED);
        assertThat(message.getContactedAt()).isEqualTo(reached);
        assertThat(message.getAnsweredBy()).isEqualTo(AnsweredBy.PHONE);
        assertThat(message.getAnswer()).isEqualTo("Vi fyller hullet i uke 12.");
        assertThat(message.getSatisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
        assertThat(message.getDissatisfactionReason()).isEqualTo("Det tar for lang tid.");
        assertThat(message.getAlternativeProposal()).isEqualTo("Fyll det i morgen.");
    }

    @Test
    void shouldCloseAsNotReachedWhenTheDeadlinePassesAfterTheCard() {
        Message message = assigned();
        message.cardSent(RECEIVED.plusSeconds(86_400));
        Instant deadline = message.getContactDeadline();

        message.closeUnreached(deadline);

        assertThat(message.getStatus()).isEqualTo(MessageStatus.CLOSED);
        assertThat(message.getClosedAt()).isEqualTo(deadline);
        assertThat(message.getAnsweredBy()).isEqualTo(AnsweredBy.NOT_REACHED);
        assertThat(message.getContactedAt()).isNull();
    }

    @Test
    void shouldCloseWithWhatWasAnswered() {
        Message message = assigned();
        message.contacted(new ContactReport(AnsweredBy.LETTER, "Svar sendt i brev.", null, null, null), RECEIVED);
        Instant closing = RECEIVED.plusSeconds(600);

        message.close(closing);

        assertThat(message.getStatus()).isEqualTo(MessageStatus.CLOSED);
        assertThat(message.getClosedAt()).isEqualTo(closing);
        assertThat(message.getAnsweredBy()).isEqualTo(AnsweredBy.LETTER);
    }

    @Test
    void shouldCountEachOverdueListAndKeepTheFirstEscalation() {
        Message message = assigned();
        Instant firstEscalation = RECEIVED.plusSeconds(14 * 86_400);

        message.countOverdue();
        message.countOverdue();
        message.escalate(firstEscalation);
        message.countOverdue();
        message.escalate(firstEscalation.plusSeconds(7 * 86_400));
        message.instruct("Ring innmelderen i dag.");

        assertThat(message.getTimesOverdue()).isEqualTo(3);
        assertThat(message.getEscalatedAt()).isEqualTo(firstEscalation);
        assertThat(message.getChiefExecutiveInstruction()).isEqualTo("Ring innmelderen i dag.");
    }

    @Test
    void shouldRemindOnlyOnceWhenTheDeadlinePasses() {
        Message message = assigned();
        Instant first = message.getContactDeadline();

        assertThat(message.remind(first)).isTrue();
        assertThat(message.remind(first.plusSeconds(86_400))).isFalse();

        assertThat(message.getRemindedAt()).isEqualTo(first);
    }

    @Test
    void shouldForgetTheSubmitterAndTheirFilesButKeepTheMessage() {
        Message message = assigned();
        message.attach(new Attachment("bilde.jpg", "image/jpeg", new byte[] {1, 2, 3}));
        message.contacted(new ContactReport(AnsweredBy.PHONE, "Hullet er fylt.", Satisfaction.SATISFIED, null, null),
                RECEIVED);
        message.close(RECEIVED);
        Instant expired = RECEIVED.plusSeconds(400 * 86_400L);
        assertThat(message.getDocuments()).extracting(MessageDocument::getFileName).containsExactly("bilde.jpg");

        message.anonymise(expired);

        assertThat(message.getSubmitter()).isEqualTo(Submitter.ANONYMOUS);
        assertThat(message.hasPhone()).isFalse();
        assertThat(message.getDocuments()).isEmpty();
        assertThat(message.getAnonymisedAt()).isEqualTo(expired);
        assertThat(message.getText()).isEqualTo("Hullet i veien ved skolen er stort.");
        assertThat(message.getAnswer()).isEqualTo("Hullet er fylt.");
        assertThat(message.getSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(message.getStatus()).isEqualTo(MessageStatus.CLOSED);
    }

    @Test
    void shouldHaveAPhoneOnlyWhenANumberWasWritten() {
        assertThat(received(new Submitter("Nina Nilsen", null, " ", null)).hasPhone()).isFalse();
        assertThat(received(null).hasPhone()).isFalse();
        assertThat(received(null).getSubmitter()).isEqualTo(Submitter.ANONYMOUS);
    }

    private static Message received(Submitter submitter) {
        return new Message(new CaseNumber(2027, 1380), Channel.WEB, RECEIVED, "Hullet i veien ved skolen er stort.",
                submitter);
    }

    private static Message registered() {
        Message message = received(NINA);
        message.register(Kind.COMPLAINT, "Vei og trafikk", false, false, oslo(2027, 3, 15, 10, 0), new MessageRules(Period.ofDays(10), 3, true));
        return message;
    }

    private static Message forwarded() {
        Message message = registered();
        message.route(RoutedTo.UNIT, "vei");
        return message;
    }

    private static Message assigned() {
        Message message = forwarded();
        message.assign("kari");
        return message;
    }

    private static ZonedDateTime oslo(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(OSLO);
    }
}
