package no.medvirk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.medvirk.forms.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The dialogue forms' records and their checks, one form each. */
class DialogueFormsTest {

    private static final String TOO_LONG = "x".repeat(4001);
    private static final String NUL = "Brøyting\u0000";
    private static final MeetingAttendance.Draft PRESENT = new MeetingAttendance.Draft("politiker", "Per Politiker",
            ParticipantRole.LEADER, AttendanceStatus.PRESENT, null);

    @Test
    void aYearStartsWithAWholeYear() {
        assertThat(new CycleForm(2031L).check()).isEqualTo(2031);
        assertThat(new CycleForm(2031.0).check()).isEqualTo(2031);
        assertRefused(() -> new CycleForm(null).check(), "year", "Skriv året.");
        assertRefused(() -> new CycleForm("2031").check(), "year",
                "Skriv året som et helt tall, for eksempel 2027.");
    }

    @Test
    void aRequestSaysWhoAsksWhatAboutAndWhen() {
        assertThatNoException().isThrownBy(() -> new MeetingRequestForm("Idrettsrådet", null, "Banene", "Høsten").check());
        assertRefused(() -> new MeetingRequestForm("Idrettsrådet", null, null, "Høsten").check(), "topic",
                "Skriv hvem som ber om møtet, temaet og ønsket tidsrom.");
        assertRefused(() -> new MeetingRequestForm("Idrettsrådet", "a@" + "b".repeat(320), "Banene", "Høsten").check(),
                "contactEmail", "E-postadressen kan være på høyst 320 tegn.");
        assertRefused(() -> new MeetingRequestForm(NUL, null, "Banene", "Høsten").check(), "requestedBy",
                "«Hvem ber om møtet?» inneholder tegn som ikke kan lagres (usynlige kontrolltegn eller tegn som ikke "
                        + "kunne leses). Fjern dem og prøv igjen.");
    }

    @Test
    void thePlansTreatmentHasADateAnAnswerAndWhatToChangeWhenItIsNo() {
        assertThat(new PlanApprovalForm("2031-03-10", true, "31/123", null).check()).isEqualTo(LocalDate.of(2031, 3, 10));
        assertRefused(() -> new PlanApprovalForm("2031-03-10", false, null, null).check(), "planComment",
                "Skriv hva utvalget vil ha endret i planen.");
        assertRefused(() -> new PlanApprovalForm("10. mars", true, null, null).check(), "committeeMeetingDate",
                "Skriv utvalgets møtedato som en dato, for eksempel 2027-03-10.");
        assertRefused(() -> new PlanApprovalForm("2031-03-10", true, "1".repeat(41), null).check(), "archiveCaseNumber",
                "Arkivsaken kan være på høyst 40 tegn.");
    }

    @Test
    void theCasePresentationNeedsItsAssessmentAndProposal() {
        assertThatNoException().isThrownBy(() -> new CasePresentationForm(null, "Bra år.", "Tas til orientering.").check());
        assertRefused(() -> new CasePresentationForm(null, null, "Tas til orientering.").check(), "assessment",
                "Skriv vurderingen og forslaget til vedtak.");
        // The column holds 8000, but the text passes through an engine variable of 4000.
        assertRefused(() -> new CasePresentationForm(null, TOO_LONG, "Tas til orientering.").check(), "assessment",
                "Vurderingen kan være på høyst 4000 tegn.");
    }

    @Test
    void aDecisionIsAsProposedOrWrittenOut() {
        BodyTreatment asProposed = new DecisionForm("2031-06-18", true, null).treatment(1, Body.COUNCIL, "Kommunestyret", "Tas til orientering.");
        assertThat(asProposed.getDecisionText()).isEqualTo("Tas til orientering.");
        assertThat(asProposed.getMeetingDate()).isEqualTo(LocalDate.of(2031, 6, 18));
        assertThat(new DecisionForm("2031-06-18", false, "Endret.").treatment(1, Body.COMMITTEE, "Tjenesteutvalget", "Tas til orientering.")
                .getDecisionText()).isEqualTo("Endret.");
        assertRefused(() -> new DecisionForm("2031-06-18", false, null).treatment(1, Body.COMMITTEE, "Tjenesteutvalget", "Forslag."),
                "decisionText", "Skriv vedtaket slik det ble fattet.");
        assertRefused(() -> new DecisionForm(null, true, null).treatment(1, Body.COMMITTEE, "Tjenesteutvalget", "Forslag."), "decisionDate",
                "Skriv møtedatoen og om saken ble vedtatt som foreslått.");
    }

    @Test
    void anEvaluationSaysWhatWorkedAndWhatToChange() {
        assertThatNoException().isThrownBy(() -> new EvaluationForm("Møtene.", "Tidspunktet.").check());
        assertRefused(() -> new EvaluationForm("Møtene.", null).check(), "worked",
                "Skriv hva som fungerte og hva som bør endres.");
        assertRefused(() -> new EvaluationForm("Møtene.", TOO_LONG).check(), "change",
                "«Hva bør endres neste år?» kan være på høyst 4000 tegn.");
    }

    @Test
    void aFollowUpNotFinishedComesBackAtANewDateInTheFuture() {
        LocalDate today = LocalDate.of(2031, 9, 1);

        FollowUpForm.Checked planned = new FollowUpForm("Vi ser på det.", "PLANNED", "2031-12-01").check(today);
        assertThat(planned.next()).isEqualTo(LocalDate.of(2031, 12, 1));
        assertThat(planned.finished()).isFalse();
        assertThat(new FollowUpForm("Ferdig.", "DONE", "2031-12-01").check(today).finished()).isTrue();
        assertRefused(() -> new FollowUpForm("Vi ser på det.", "OPEN", null).check(today), "followUpStatus",
                "Velg planlagt, i gang, gjennomført eller ikke aktuelt.");
        assertRefused(() -> new FollowUpForm("Vi ser på det.", "IN_PROGRESS", null).check(today), "nextFollowUp",
                "Velg når oppfølgingen skal vurderes igjen.");
        assertRefused(() -> new FollowUpForm("Vi ser på det.", "IN_PROGRESS", "2031-09-01").check(today), "nextFollowUp",
                "Den nye fristen må være fram i tid.");
    }

    @Test
    void agendaItemsWithoutATextAreLeftOut() {
        List<AgendaForm.Item> items = new AgendaForm(List.of(new AgendaForm.Item("Parkering", "Idrettsrådet"),
                new AgendaForm.Item(null, null), new AgendaForm.Item(null, "Noen"))).check();

        assertThat(items).containsExactly(new AgendaForm.Item("Parkering", "Idrettsrådet"));
        assertRefused(() -> new AgendaForm(List.of(new AgendaForm.Item("Parkering", "p".repeat(201)))).check(),
                AgendaForm.ITEMS, "Nye saker, rad 1: «Meldt inn av» kan være på høyst 200 tegn.");
    }

    @Test
    void aMeetingWasHeldMovedOrCancelledWithAReason() {
        assertThat(new MeetingOutcomeForm("MOVED", "2031-06-11", null, null, null).check())
                .isEqualTo(MeetingOutcomeForm.Outcome.MOVED);
        assertRefused(() -> new MeetingOutcomeForm("CANCELLED", null, null, null, null).check(), "cancelReason",
                "Skriv hvorfor møtet ble avlyst.");
        assertRefused(() -> new MeetingOutcomeForm("POSTPONED", null, null, null, null).check(), "meetingOutcome",
                "Velg om møtet ble holdt, flyttet eller avlyst.");
    }

    @Test
    void minutesNameWhoAttendedAndEachInputsUnitWithoutTheEmptyRows() {
        MinutesForm minutes = new MinutesForm(List.of(PRESENT), List.of(new MeetingAttendee.Draft("Åse", "Brukerrådet"),
                new MeetingAttendee.Draft(null, null)), "Brøyting.", List.of(new DialogueInput.Draft("Brøyt først", "vei"),
                new DialogueInput.Draft(null, null)), null, null).check(Set.of("vei")::contains);

        assertThat(minutes.attendees()).containsExactly(new MeetingAttendee.Draft("Åse", "Brukerrådet"));
        assertThat(minutes.inputs()).containsExactly(new DialogueInput.Draft("Brøyt først", "vei"));
        assertRefused(() -> new MinutesForm(List.of(new MeetingAttendance.Draft("politiker", "Per Politiker",
                ParticipantRole.LEADER, null, null)), List.of(), "Brøyting.", List.of(), null, null).check(u -> true),
                MinutesForm.ATTENDANCE, "Velg om Per Politiker møtte.");
        assertRefused(() -> new MinutesForm(List.of(new MeetingAttendance.Draft("politiker", "Per Politiker",
                ParticipantRole.LEADER, AttendanceStatus.SUBSTITUTE, null)), List.of(), "Brøyting.", List.of(), null, null)
                .check(u -> true), MinutesForm.ATTENDANCE, "Skriv navnet på varaen som møtte for Per Politiker.");
        assertRefused(() -> new MinutesForm(List.of(PRESENT), List.of(new MeetingAttendee.Draft("Åse", "Brukerrådet")), "Brøyting.",
                List.of(new DialogueInput.Draft("Brøyt først", "månen")), null, null).check(Set.of("vei")::contains),
                MinutesForm.INPUTS, "Hvert innspill trenger en tekst og enheten som har ansvaret for det.");
        assertRefused(() -> new MinutesForm(List.of(PRESENT), List.of(new MeetingAttendee.Draft(NUL, "Brukerrådet")), "Brøyting.",
                List.of(), null, "n".repeat(401)).check(u -> true), "nextMeeting", "«Neste møte» kan være på høyst 400 tegn.");
    }

    @Test
    void minutesGoBackWithAComment() {
        assertThatNoException().isThrownBy(() -> new MinutesApprovalForm(true, null).check());
        assertRefused(() -> new MinutesApprovalForm(false, null).check(), "returnComment",
                "Skriv hva koordinatoren må rette.");
        assertRefused(() -> new MinutesApprovalForm(null, null).check(), "minutesApprovedAnswer",
                "Velg om du godkjenner referatet.");
    }

    @Test
    void aRequestIsDeclinedWithAReason() {
        assertThatNoException().isThrownBy(() -> new RequestDecisionForm(true, null, null, null).check());
        assertRefused(() -> new RequestDecisionForm(false, null, null, null).check(), "declineReason",
                "Skriv hvorfor forespørselen avslås.");
        assertRefused(() -> new RequestDecisionForm(false, NUL, null, null).check(), "declineReason",
                "Begrunnelsen inneholder tegn som ikke kan lagres (usynlige kontrolltegn eller tegn som ikke kunne "
                        + "leses). Fjern dem og prøv igjen.");
    }

    private static void assertRefused(Runnable check, String field, String message) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsEntry(field, message));
    }
}
