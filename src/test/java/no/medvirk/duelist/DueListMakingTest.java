package no.medvirk.duelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import no.medvirk.message.Message;
import no.medvirk.message.Messages;
import no.medvirk.message.RoutedTo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * M9, M10: which messages a week's list holds, how late they are in Oslo days, who clears them up,
 * and that an overdue message counts once a week however often the list is made.
 */
class DueListMakingTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Messages messages = mock(Messages.class);
    private final DueLists dueLists = mock(DueLists.class);
    private final OverdueWeeks overdueWeeks = mock(OverdueWeeks.class);

    @BeforeEach
    void savedListsComeBackAsSaved() {
        when(dueLists.save(any())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void shouldAskForTheOpenMessagesDueBeforeTheWeekEndsOnOsloClocks() {
        // The week of 22 March 2021 ends at midnight after Sunday 28 March, when summer time has begun.
        make(at(2021, 3, 24, 7, 0));

        verify(messages).findOpenWithContactDeadlineBefore(Instant.parse("2021-03-28T22:00:00Z"));
    }

    @Test
    void shouldListAMessageDueLaterThisWeekAsDueNotOverdue() {
        Message due = message(1L, "21/1", RoutedTo.UNIT, "vei", at(2021, 3, 25, 9, 0));
        when(messages.findOpenWithContactDeadlineBefore(any())).thenReturn(List.of(due));

        DueList list = make(at(2021, 3, 22, 7, 0));

        assertThat(list.getWeekStart()).isEqualTo(LocalDate.of(2021, 3, 22));
        assertThat(list.getGeneratedAt()).isEqualTo(at(2021, 3, 22, 7, 0));
        assertThat(list.dueThisWeek()).singleElement().satisfies(entry -> {
            assertThat(entry.getCaseNumber()).isEqualTo("21/1");
            assertThat(entry.isOverdue()).isFalse();
            assertThat(entry.getDaysOverdue()).isZero();
            assertThat(entry.isCounted()).isFalse();
        });
        assertThat(list.overdue()).isEmpty();
        verify(due, never()).countOverdue();
    }

    @Test
    void shouldCountAnOverdueMessageOnceAWeekHoweverOftenTheListIsMade() {
        Message late = message(7L, "21/1", RoutedTo.UNIT, "vei", at(2021, 3, 11, 9, 0));
        when(messages.findOpenWithContactDeadlineBefore(any())).thenReturn(List.of(late));

        DueList monday = make(at(2021, 3, 15, 7, 0));
        verify(overdueWeeks).save(argThat(week -> week.weekStart().equals(LocalDate.of(2021, 3, 15))));
        when(overdueWeeks.existsById(new OverdueWeek.Key(7L, LocalDate.of(2021, 3, 15)))).thenReturn(true);
        DueList wednesday = make(at(2021, 3, 17, 12, 0));
        DueList nextMonday = make(at(2021, 3, 22, 7, 0));

        assertThat(monday.overdue()).singleElement().satisfies(entry -> assertThat(entry.isCounted()).isTrue());
        assertThat(monday.countedFor("vei")).hasSize(1);
        assertThat(wednesday.overdue()).singleElement().satisfies(entry -> assertThat(entry.isCounted()).isFalse());
        assertThat(wednesday.countedFor("vei")).isEmpty();
        assertThat(nextMonday.overdue()).singleElement().satisfies(entry -> assertThat(entry.isCounted()).isTrue());
        verify(overdueWeeks).save(argThat(week -> week.weekStart().equals(LocalDate.of(2021, 3, 22))));
        verify(late, times(2)).countOverdue();
    }

    @Test
    void shouldCountTheDaysOverdueAsOsloDatesOverTheChangeToSummerTime() {
        // Deadlines at 23:30 and 00:30 Oslo time: on Sunday and on Monday in Oslo, but both on Sunday in UTC.
        Message sunday = message(1L, "21/1", RoutedTo.UNIT, "vei", at(2021, 3, 28, 23, 30));
        Message monday = message(2L, "21/2", RoutedTo.UNIT, "vei", at(2021, 3, 29, 0, 30));
        when(messages.findOpenWithContactDeadlineBefore(any())).thenReturn(List.of(sunday, monday));

        DueList list = make(at(2021, 3, 29, 7, 0));

        assertThat(list.overdue()).extracting(DueListEntry::getCaseNumber, DueListEntry::getDaysOverdue)
                .containsExactly(tuple("21/1", 1), tuple("21/2", 0));
    }

    @Test
    void shouldGiveEachOverdueMessageToWhoeverClearsItUp() {
        Message unit = message(1L, "21/1", RoutedTo.UNIT, "vei", at(2021, 3, 1, 9, 0));
        Message mayor = message(2L, "21/2", RoutedTo.MAYOR, null, at(2021, 3, 1, 9, 0));
        Message unrouted = message(3L, "21/3", null, null, at(2021, 3, 1, 9, 0));
        when(messages.findOpenWithContactDeadlineBefore(any())).thenReturn(List.of(unit, mayor, unrouted));

        DueList list = make(at(2021, 3, 15, 7, 0));

        assertThat(list.overdue()).extracting(DueListEntry::getResponsible)
                .containsExactly("vei", "mayor", "service-centre");
    }

    private DueList make(Instant now) {
        return new DueListMaking(messages, dueLists, overdueWeeks, Clock.fixed(now, OSLO)).make();
    }

    private static Message message(Long id, String caseNumber, RoutedTo routedTo, String unitCode, Instant deadline) {
        Message message = mock(Message.class);
        when(message.getId()).thenReturn(id);
        when(message.getCaseNumber()).thenReturn(caseNumber);
        when(message.getRoutedTo()).thenReturn(routedTo);
        when(message.getUnitCode()).thenReturn(unitCode);
        when(message.getContactDeadline()).thenReturn(deadline);
        return message;
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(OSLO).toInstant();
    }
}
