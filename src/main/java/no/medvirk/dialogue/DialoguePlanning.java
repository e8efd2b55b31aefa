package no.medvirk.dialogue;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.organisation.Organisation;
import org.springframework.stereotype.Service;

/**
 * D1, D2, D10: starts a year and checks and stores the groups and meetings the secretariat plans. A
 * bad plan is refused whole, with each problem named: a group without a leader, a meeting without a
 * date or unit, the same unit twice on one day, a date that has passed, a text that does not fit.
 */
@Service
class DialoguePlanning {

    /** The parts of the planning form (dynamic lists) its problems are about; a request's meeting has one of each. */
    static final String GROUPS = "groups";
    static final String MEETINGS = "meetings";

    /**
     * A dialogue group as the planning form gives it (a row of its dynamic list).
     *
     * @param members the politicians besides the leader (person ids)
     */
    record GroupDraft(String name, String leader, List<String> members, String coordinator) {

        GroupDraft {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /**
     * A meeting as the planning form gives it; {@code group} names a group of the same plan. It is with
     * {@code unit} and {@code otherUnits}, or with the group {@code counterpart} whose contacts'
     * addresses {@code contacts} lists (separated by commas, semicolons or lines), or both.
     */
    record MeetingDraft(String unit, List<String> otherUnits, String counterpart, String contacts, String group,
                        String date, String startTime, String endTime, String place, String themes) {

        MeetingDraft {
            otherUnits = otherUnits == null ? List.of() : List.copyOf(otherUnits);
        }

        /** A meeting with one unit. */
        MeetingDraft(String unit, String group, String date, String startTime, String endTime, String place,
                     String themes) {
            this(unit, List.of(), null, null, group, date, startTime, endTime, place, themes);
        }

        DialogueMeeting.Counterpart counterpartOf() {
            List<String> units = new ArrayList<>();
            if (unit != null) {
                units.add(unit);
            }
            otherUnits.stream().filter(u -> !units.contains(u)).forEach(units::add);
            return new DialogueMeeting.Counterpart(units, counterpart, emails(contacts));
        }

        static List<String> emails(String contacts) {
            return contacts == null ? List.of() : Arrays.stream(contacts.split("[,;\\s]+"))
                    .filter(e -> !e.isBlank()).distinct().toList();
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final DialoguePlans plans;
    private final DialogueGroups groups;
    private final DialogueMeetings meetings;
    private final Organisation organisation;
    private final Clock clock;

    DialoguePlanning(DialoguePlans plans, DialogueGroups groups, DialogueMeetings meetings, Organisation organisation,
                     Clock clock) {
        this.plans = plans;
        this.groups = groups;
        this.meetings = meetings;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** D1: the year's plan, one per year, owned by the secretary who started it. */
    DialoguePlan newYear(int year, String caseworker, int groupSize) {
        if (plans.findByYear(year).isPresent()) {
            throw new InvalidInputException(CycleForm.YEAR, "Det finnes allerede en plan for dialogmøtene " + year + ".");
        }
        return plans.save(new DialoguePlan(year, organisation.bodies().committee().name(), caseworker, groupSize,
                organisation.administration().title(), clock.instant()));
    }

    /** Whether the year has a plan already (its timer finds one when the secretariat started the year early). */
    boolean planned(int year) {
        return plans.findByYear(year).isPresent();
    }

    /** Replaces the plan's groups and meetings. */
    List<DialogueMeeting> replace(DialoguePlan plan, List<GroupDraft> groupDrafts, List<MeetingDraft> meetingDrafts) {
        Checks checks = new Checks();
        if (groupDrafts.isEmpty()) {
            checks.add(GROUPS, "Planen har ingen dialoggruppe.");
        }
        if (meetingDrafts.isEmpty()) {
            checks.add(MEETINGS, "Planen har ingen møter.");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < groupDrafts.size(); i++) {
            GroupDraft group = groupDrafts.get(i);
            String what = "Gruppe " + (i + 1);
            checkGroup(what, group, plan.getGroupSize(), checks);
            if (group.name() != null && !names.add(group.name())) {
                checks.add(GROUPS, what + ": to grupper har samme navn.");
            }
        }
        Set<String> unitDays = new HashSet<>();
        List<MeetingTime> times = new ArrayList<>();
        for (int i = 0; i < meetingDrafts.size(); i++) {
            MeetingDraft meeting = meetingDrafts.get(i);
            String what = "Møte " + (i + 1) + unitName(meeting.unit());
            MeetingTime time = checkMeeting(what, meeting, checks);
            times.add(time);
            if (meeting.group() == null) {
                checks.add(MEETINGS, what + ": velg dialoggruppen som holder møtet.");
            } else if (!names.contains(meeting.group())) {
                checks.add(MEETINGS, what + ": det er ingen dialoggruppe med det navnet.");
            }
            if (time != null && meeting.unit() != null && !unitDays.add(meeting.unit() + "/" + time.date())) {
                checks.add(MEETINGS, what + ": enheten har allerede et møte " + time.date() + ".");
            }
        }
        checks.refuseIfAny();
        meetings.deleteAll(meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(plan.getId()));
        groups.deleteAll(groups.findByPlanIdOrderById(plan.getId()));
        meetings.flush();
        Map<String, DialogueGroup> saved = new HashMap<>();
        groupDrafts.forEach(g -> saved.put(g.name(), groups.save(new DialogueGroup(plan.getId(), g.name(), g.leader(),
                g.members(), g.coordinator()))));
        List<DialogueMeeting> result = new ArrayList<>();
        for (int i = 0; i < meetingDrafts.size(); i++) {
            MeetingDraft m = meetingDrafts.get(i);
            result.add(meetings.save(new DialogueMeeting(plan.getId(), null, saved.get(m.group()), m.counterpartOf(),
                    times.get(i), m.place(), m.themes())));
        }
        return result;
    }

    /** D10: one meeting outside the plan, with a group of its own of any size (at least its leader). */
    DialogueMeeting single(Long requestId, GroupDraft group, MeetingDraft meeting) {
        Checks checks = new Checks();
        checkGroup("Gruppen", group, null, checks);
        MeetingTime time = checkMeeting("Møtet", meeting, checks);
        checks.refuseIfAny();
        DialogueGroup saved = groups.save(new DialogueGroup(null, group.name(), group.leader(), group.members(),
                group.coordinator()));
        return meetings.save(new DialogueMeeting(null, requestId, saved, meeting.counterpartOf(), time, meeting.place(),
                meeting.themes()));
    }

    /** D4: a moved meeting's new time, checked like a planned one. */
    MeetingTime newTime(String field, String date, String start, String end) {
        Checks checks = new Checks();
        MeetingTime time = time(field, "Den nye tiden", date, start, end, checks);
        checks.refuseIfAny();
        return time;
    }

    /** @param size how many politicians the group has, leader included; null: any number */
    private void checkGroup(String what, GroupDraft group, Integer size, Checks checks) {
        if (group.name() == null) {
            checks.add(GROUPS, what + ": gruppen mangler navn.");
        }
        checks.text(GROUPS, group.name(), what + ": navnet", TextLimits.NAME);
        if (group.leader() == null) {
            checks.add(GROUPS, what + ": gruppen mangler leder.");
        } else if (!organisation.isPolitician(group.leader())) {
            checks.add(GROUPS, what + ": lederen må være en av politikerne i organisasjonsfilen.");
        }
        for (String member : group.members()) {
            if (!organisation.isPolitician(member)) {
                checks.add(GROUPS, what + ": «" + organisation.personName(member) + "» er ikke en av politikerne.");
            }
        }
        Set<String> politicians = new HashSet<>(group.members());
        if (politicians.size() < group.members().size() || politicians.contains(group.leader())) {
            checks.add(GROUPS, what + ": en politiker er valgt to ganger; lederen er ikke blant de andre.");
        }
        if (size != null && group.members().size() + 1 != size) {
            checks.add(GROUPS, what + ": en gruppe har " + size + " politikere, lederen og " + (size - 1)
                    + " til; velg " + (size - 1) + " under «Andre politikere».");
        }
        if (group.coordinator() == null) {
            checks.add(GROUPS, what + ": gruppen mangler koordinator fra administrasjonen.");
        } else if (organisation.person(group.coordinator()).isEmpty()) {
            checks.add(GROUPS, what + ": koordinatoren er ikke en bruker i Medvirk.");
        }
    }

    private MeetingTime checkMeeting(String what, MeetingDraft meeting, Checks checks) {
        if (meeting.unit() == null && meeting.otherUnits().isEmpty() && meeting.counterpart() == null) {
            checks.add(MEETINGS, what + ": velg enheten møtet er med, eller skriv navnet på gruppen dere møter.");
        }
        for (String unit : meeting.counterpartOf().units()) {
            if (organisation.unit(unit).isEmpty()) {
                checks.add(MEETINGS, what + ": enheten «" + unit + "» finnes ikke i organisasjonen.");
            }
        }
        checks.text(MEETINGS, meeting.counterpart(), what + ": navnet på gruppen", TextLimits.NAME);
        List<String> contacts = MeetingDraft.emails(meeting.contacts());
        if (meeting.counterpart() != null && contacts.isEmpty()) {
            checks.add(MEETINGS, what + ": skriv e-postadressen til minst én kontaktperson i «" + meeting.counterpart()
                    + "», så de får invitasjonen.");
        }
        if (contacts.stream().anyMatch(e -> e.length() > TextLimits.EMAIL || !EMAIL.matcher(e).matches())) {
            checks.add(MEETINGS, what + ": skriv kontaktpersonenes e-postadresser som navn@eksempel.no, skilt med komma.");
        }
        if (meeting.place() == null) {
            checks.add(MEETINGS, what + ": skriv hvor møtet holdes.");
        }
        checks.text(MEETINGS, meeting.place(), what + ": stedet", TextLimits.PLACE);
        if (meeting.themes() == null) {
            checks.add(MEETINGS, what + ": skriv temaene for møtet.");
        }
        checks.text(MEETINGS, meeting.themes(), what + ": temaene", TextLimits.TEXT);
        return time(MEETINGS, what, meeting.date(), meeting.startTime(), meeting.endTime(), checks);
    }

    private MeetingTime time(String field, String what, String date, String start, String end, Checks checks) {
        if (date == null) {
            checks.add(field, what + ": møtet mangler dato.");
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            // The record keeps hours and minutes.
            LocalTime from = start == null ? LocalTime.of(18, 0) : MeetingTime.clock(start);
            LocalTime to = end == null ? LocalTime.of(20, 0) : MeetingTime.clock(end);
            if (!to.isAfter(from)) {
                checks.add(field, what + ": møtet må slutte etter at det begynner.");
                return null;
            }
            if (day.atTime(from).atZone(clock.getZone()).toInstant().isBefore(clock.instant())) {
                checks.add(field, what + ": datoen " + day + " er passert.");
                return null;
            }
            return new MeetingTime(day, from, to);
        } catch (DateTimeException e) {
            checks.add(field, what + ": skriv datoen som 12.05.2027 og klokkeslettene som 18.00.");
            return null;
        }
    }

    private String unitName(String unitCode) {
        return unitCode == null ? "" : organisation.unit(unitCode).map(u -> " (" + u.name() + ")").orElse("");
    }
}
