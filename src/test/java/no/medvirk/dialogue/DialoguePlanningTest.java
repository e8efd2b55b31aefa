package no.medvirk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import no.medvirk.dialogue.DialoguePlanning.GroupDraft;
import no.medvirk.dialogue.DialoguePlanning.MeetingDraft;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.organisation.Organisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * D1, D2, D4, D10: the checks on what the secretariat plans, through the planning's own drafts. It is
 * 09:00 on Monday 3 March 2031 in Oslo.
 */
class DialoguePlanningTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant NOW = LocalDateTime.of(2031, 3, 3, 9, 0).atZone(OSLO).toInstant();
    private static final Organisation ORGANISATION = new Organisation("Medvirk kommune", true,
            List.of(new Organisation.Person("politiker", "Per", "Politiker", "per@medvirk.example", null, null),
                    new Organisation.Person("representant", "Rita", "Representant", "rita@medvirk.example", null, null),
                    new Organisation.Person("bjorn", "Bjørn", "Bakke", "bjorn@medvirk.example", null, null),
                    new Organisation.Person("sekretar", "Sigrid", "Sekretær", "sigrid@medvirk.example", null, null)),
            List.of(), null, null, null, null,
            List.of(new Organisation.Politician("politiker", "tjenesteutvalget"),
                    new Organisation.Politician("representant", "tjenesteutvalget"),
                    new Organisation.Politician("bjorn", "tjenesteutvalget")),
            List.of(new Organisation.Unit("vei", "Vei, park og idrett", "vei@medvirk.example", List.of(), List.of()),
                    new Organisation.Unit("barnehage", "Barnehage", "barnehage@medvirk.example", List.of(), List.of())),
            null, null);
    private static final GroupDraft GROUP = new GroupDraft("Gruppe 1", "politiker", List.of("representant", "bjorn"), "sekretar");

    private final DialogueGroups groups = mock(DialogueGroups.class);
    private final DialogueMeetings meetings = mock(DialogueMeetings.class);
    private final DialoguePlanning planning = new DialoguePlanning(mock(DialoguePlans.class), groups, meetings,
            ORGANISATION, Clock.fixed(NOW, OSLO));
    private final DialoguePlan plan = new DialoguePlan(2031, "Tjenesteutvalget", "sekretar", 3, "Kommunedirektøren", NOW);

    @BeforeEach
    void savedRecordsComeBackAsSaved() {
        when(groups.save(any())).thenAnswer(call -> call.getArgument(0));
        when(meetings.save(any())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void shouldStoreAGoodPlanWithEachMeetingInItsGroupAtSixUnlessOtherTimesAreGiven() {
        List<DialogueMeeting> planned = planning.replace(plan, List.of(GROUP), List.of(
                meeting("vei", "2031-05-14", null, null),
                meeting("barnehage", "2031-05-14", "17:00", "19:30")));

        assertThat(planned).extracting(DialogueMeeting::getUnitCode, DialogueMeeting::getMeetingDate,
                DialogueMeeting::getStartTime, DialogueMeeting::getEndTime, m -> m.getGroup().getName()).containsExactly(
                tuple("vei", LocalDate.of(2031, 5, 14), "18:00", "20:00", "Gruppe 1"),
                tuple("barnehage", LocalDate.of(2031, 5, 14), "17:00", "19:30", "Gruppe 1"));
        assertThat(planned).allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(MeetingStatus.PLANNED));
        assertThat(planned.get(0).getGroup().getLeader()).isEqualTo("politiker");
    }

    @Test
    void shouldTakeTimesWrittenTheNorwegianWay() {
        List<DialogueMeeting> planned = planning.replace(plan, List.of(GROUP), List.of(
                meeting("vei", "2031-05-14", "18.00", "20.30"),
                meeting("barnehage", "2031-05-15", "8.15", "10:00")));

        assertThat(planned).extracting(DialogueMeeting::getStartTime, DialogueMeeting::getEndTime)
                .containsExactly(tuple("18:00", "20:30"), tuple("08:15", "10:00"));
        assertThatThrownBy(() -> planning.replace(plan, List.of(GROUP), List.of(meeting("vei", "2031-05-14", "18,00",
                "20.00")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("klokkeslettene som 18.00");
    }

    @Test
    void shouldReplaceTheMeetingsAndGroupsPlannedBefore() {
        List<DialogueMeeting> earlierMeetings = List.of(mock(DialogueMeeting.class));
        List<DialogueGroup> earlierGroups = List.of(mock(DialogueGroup.class));
        when(meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(plan.getId())).thenReturn(earlierMeetings);
        when(groups.findByPlanIdOrderById(plan.getId())).thenReturn(earlierGroups);

        planning.replace(plan, List.of(GROUP), List.of(meeting("vei", "2031-05-14")));

        verify(meetings).deleteAll(earlierMeetings);
        verify(groups).deleteAll(earlierGroups);
    }

    @Test
    void shouldRefuseAGroupThatIsNotThreePoliticiansOfTheFile() {
        assertProblems(List.of(new GroupDraft("Gruppe 1", "sekretar", List.of("politiker", "politiker"), "sekretar")),
                List.of(meeting("vei", "2031-05-14")),
                "Gruppe 1: lederen må være en av politikerne i organisasjonsfilen.",
                "Gruppe 1: en politiker er valgt to ganger; lederen er ikke blant de andre.");
        assertProblems(List.of(new GroupDraft("Gruppe 1", "politiker", List.of("representant", "sekretar"), "sekretar")),
                List.of(meeting("vei", "2031-05-14")), "Gruppe 1: «Sigrid Sekretær» er ikke en av politikerne.");
        assertProblems(List.of(new GroupDraft("Gruppe 1", "politiker", List.of("representant"), "sekretar")),
                List.of(meeting("vei", "2031-05-14")),
                "Gruppe 1: en gruppe har 3 politikere, lederen og 2 til; velg 2 under «Andre politikere».");
    }

    @Test
    void shouldPlanAMeetingWithANamedGroupAndSeveralUnits() {
        List<DialogueMeeting> planned = planning.replace(plan, List.of(GROUP), List.of(new MeetingDraft(null,
                List.of("vei", "barnehage"), "Velforeningen på Nes", "leder@vel.example; post@vel.example", "Gruppe 1",
                "2031-05-14", null, null, "Grendehuset", "Veien til barnehagen")));

        assertThat(planned.get(0).getUnits()).containsExactly("vei", "barnehage");
        assertThat(planned.get(0).getUnitCode()).isEqualTo("vei");
        assertThat(planned.get(0).getCounterpart()).isEqualTo("Velforeningen på Nes");
        assertThat(planned.get(0).getContacts()).containsExactly("leder@vel.example", "post@vel.example");
        assertProblems(List.of(GROUP), List.of(new MeetingDraft(null, List.of(), "Hytteeierne", null, "Gruppe 1",
                        "2031-05-14", null, null, "Grendehuset", "Vann")),
                "Møte 1: skriv e-postadressen til minst én kontaktperson i «Hytteeierne», så de får invitasjonen.");
        assertProblems(List.of(GROUP), List.of(new MeetingDraft(null, List.of(), "Hytteeierne", "ikke en adresse",
                        "Gruppe 1", "2031-05-14", null, null, "Grendehuset", "Vann")),
                "Møte 1: skriv kontaktpersonenes e-postadresser som navn@eksempel.no, skilt med komma.");
    }

    @Test
    void shouldRefuseAGroupWithoutLeader() {
        assertProblems(List.of(new GroupDraft("Gruppe 1", null, List.of("representant", "bjorn"), "sekretar")), List.of(meeting("vei", "2031-05-14")),
                "Gruppe 1: gruppen mangler leder.");
    }

    @Test
    void shouldRefuseALeaderOrCoordinatorWhoIsNoUser() {
        assertProblems(List.of(new GroupDraft("Gruppe 1", "ukjent", List.of("representant", "bjorn"), "borte")),
                List.of(meeting("vei", "2031-05-14")),
                "Gruppe 1: lederen må være en av politikerne i organisasjonsfilen.",
                "Gruppe 1: koordinatoren er ikke en bruker i Medvirk.");
    }

    @Test
    void shouldRefuseAMeetingWithoutDate() {
        assertProblems(List.of(GROUP), List.of(meeting("vei", null)), "Møte 1 (Vei, park og idrett): møtet mangler dato.");
    }

    @Test
    void shouldRefuseAMeetingWithoutUnit() {
        assertProblems(List.of(GROUP), List.of(meeting(null, "2031-05-14")),
                "Møte 1: velg enheten møtet er med, eller skriv navnet på gruppen dere møter.");
    }

    @Test
    void shouldRefuseTheSameUnitTwiceOnADay() {
        assertProblems(List.of(GROUP), List.of(meeting("vei", "2031-05-14"), meeting("barnehage", "2031-05-14"),
                        meeting("vei", "2031-05-14", "12:00", "13:00")),
                "Møte 3 (Vei, park og idrett): enheten har allerede et møte 2031-05-14.");
    }

    @Test
    void shouldRefuseADateThatHasPassed() {
        assertProblems(List.of(GROUP), List.of(meeting("vei", "2031-02-20")),
                "Møte 1 (Vei, park og idrett): datoen 2031-02-20 er passert.");
    }

    @Test
    void shouldRefuseAMeetingThatStartedEarlierToday() {
        assertProblems(List.of(GROUP), List.of(meeting("vei", "2031-03-03", "08:00", "10:00")),
                "Møte 1 (Vei, park og idrett): datoen 2031-03-03 er passert.");
    }

    @Test
    void shouldNameEveryProblemOfAPlanAtOnceAndStoreNothing() {
        InvalidInputException refused = refusal(List.of(new GroupDraft("Gruppe 1", null, List.of("representant", "bjorn"),
                "sekretar")), List.of(
                meeting("vei", null), meeting(null, "2031-05-14"),
                new MeetingDraft("barnehage", "Gruppe 9", "2031-05-21", null, null, "Rådhuset", "Plasser")));

        assertThat(problems(refused)).containsExactlyInAnyOrder(
                "Gruppe 1: gruppen mangler leder.",
                "Møte 1 (Vei, park og idrett): møtet mangler dato.",
                "Møte 2: velg enheten møtet er med, eller skriv navnet på gruppen dere møter.",
                "Møte 3 (Barnehage): det er ingen dialoggruppe med det navnet.");
        verify(meetings, never()).save(any());
        verify(groups, never()).save(any());
        verify(meetings, never()).deleteAll(any());
    }

    @Test
    void shouldRefuseAPlanWithNothingInIt() {
        assertProblems(List.of(), List.of(), "Planen har ingen dialoggruppe.", "Planen har ingen møter.");
    }

    @Test
    void shouldRefuseAMeetingThatEndsBeforeItBegins() {
        assertProblems(List.of(GROUP), List.of(meeting("vei", "2031-05-14", "20:00", "18:00")),
                "Møte 1 (Vei, park og idrett): møtet må slutte etter at det begynner.");
    }

    @Test
    void shouldPlanARequestedMeetingWithAGroupOfItsOwn() {
        DialogueMeeting meeting = planning.single(4L, new GroupDraft("Etter forespørsel fra Eldrerådet", "politiker",
                null, "sekretar"), meeting("vei", "2031-09-17"));

        assertThat(meeting.getRequestId()).isEqualTo(4L);
        assertThat(meeting.getPlanId()).isNull();
        assertThat(meeting.getGroup().getName()).isEqualTo("Etter forespørsel fra Eldrerådet");
        assertThat(meeting.getMeetingDate()).isEqualTo(LocalDate.of(2031, 9, 17));
    }

    @Test
    void shouldRefuseARequestedMeetingWithoutDateOrLeader() {
        assertThatThrownBy(() -> planning.single(4L, new GroupDraft("Forespørsel", null, null, "sekretar"),
                meeting("vei", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e)).containsExactlyInAnyOrder(
                        "Gruppen: gruppen mangler leder.", "Møtet: møtet mangler dato."));
    }

    @Test
    void shouldCheckAMovedMeetingsNewTimeLikeAPlannedOne() {
        assertThat(planning.newTime("newDate", "2031-06-11", "17:00", "19:00"))
                .isEqualTo(new MeetingTime(LocalDate.of(2031, 6, 11), LocalTime.of(17, 0), LocalTime.of(19, 0)));
        assertThatThrownBy(() -> planning.newTime("newDate", "2031-03-01", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e))
                        .containsExactly("Den nye tiden: datoen 2031-03-01 er passert."));
        assertThatThrownBy(() -> planning.newTime("newDate", "11.06.2031", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e))
                        .containsExactly("Den nye tiden: skriv datoen som 12.05.2027 og klokkeslettene som 18.00."));
    }

    /** Each refusal, in the order it was found, whichever field it was shown at. */
    private static List<String> problems(InvalidInputException refused) {
        return refused.errors().values().stream()
                .flatMap(messages -> java.util.Arrays.stream(messages.split("(?<=\\.) (?=[A-ZÆØÅ])")))
                .toList();
    }

    private void assertProblems(List<GroupDraft> groupDrafts, List<MeetingDraft> meetingDrafts, String... problems) {
        assertThat(problems(refusal(groupDrafts, meetingDrafts))).containsExactlyInAnyOrder(problems);
    }

    private InvalidInputException refusal(List<GroupDraft> groupDrafts, List<MeetingDraft> meetingDrafts) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> planning.replace(plan, groupDrafts, meetingDrafts));
        assertThat(refused).as("the plan is refused").isNotNull();
        return refused;
    }

    private static MeetingDraft meeting(String unit, String date) {
        return meeting(unit, date, null, null);
    }

    private static MeetingDraft meeting(String unit, String date, String start, String end) {
        return new MeetingDraft(unit, "Gruppe 1", date, start, end, "Rådhuset", "Brøyting og strøing");
    }
}
