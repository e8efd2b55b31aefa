package no.medvirk.dialogue;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.organisation.Organisation;
import org.springframework.stereotype.Service;

/**
 * D1, D2, D10: checks and stores the groups and meetings the secretariat plans. A bad plan is refused
 * whole, with each problem named: a group without a leader, a meeting without a date or unit, the same
 * unit twice on one day, a date that has passed.
 */
@Service
class DialoguePlanning {

    /** A dialogue group as the planning form gives it. */
    record GroupDraft(String name, String leader, String otherMembers, String coordinator) {
    }

    /** A meeting as the planning form gives it; {@code group} names a group of the same plan. */
    record MeetingDraft(String unit, String group, String date, String startTime, String endTime, String place,
                        String themes) {
    }

    private final DialogueGroups groups;
    private final DialogueMeetings meetings;
    private final Organisation organisation;
    private final Clock clock;

    DialoguePlanning(DialogueGroups groups, DialogueMeetings meetings, Organisation organisation, Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Replaces the plan's groups and meetings. */
    List<DialogueMeeting> replace(DialoguePlan plan, List<GroupDraft> groupDrafts, List<MeetingDraft> meetingDrafts) {
        List<String> problems = new ArrayList<>();
        if (groupDrafts.isEmpty()) {
            problems.add("Planen har ingen dialoggruppe.");
        }
        if (meetingDrafts.isEmpty()) {
            problems.add("Planen har ingen møter.");
        }
        Map<String, GroupDraft> byName = new HashMap<>();
        for (int i = 0; i < groupDrafts.size(); i++) {
            GroupDraft group = groupDrafts.get(i);
            String what = "Gruppe " + (i + 1) + (group.name() == null ? "" : " (" + group.name() + ")");
            checkGroup(what, group, problems);
            if (group.name() != null && byName.putIfAbsent(group.name(), group) != null) {
                problems.add(what + ": to grupper har samme navn.");
            }
        }
        Set<String> unitDays = new HashSet<>();
        List<MeetingTime> times = new ArrayList<>();
        for (int i = 0; i < meetingDrafts.size(); i++) {
            MeetingDraft meeting = meetingDrafts.get(i);
            String what = "Møte " + (i + 1) + unitName(meeting.unit());
            MeetingTime time = checkMeeting(what, meeting, problems);
            times.add(time);
            if (meeting.group() == null) {
                problems.add(what + ": velg dialoggruppen som holder møtet.");
            } else if (!byName.containsKey(meeting.group())) {
                problems.add(what + ": det er ingen dialoggruppe som heter «" + meeting.group() + "».");
            }
            if (time != null && meeting.unit() != null && !unitDays.add(meeting.unit() + "/" + time.date())) {
                problems.add(what + ": enheten har allerede et møte " + time.date() + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        meetings.deleteAll(meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(plan.getId()));
        groups.deleteAll(groups.findByPlanIdOrderById(plan.getId()));
        meetings.flush();
        Map<String, DialogueGroup> saved = new HashMap<>();
        groupDrafts.forEach(g -> saved.put(g.name(), groups.save(new DialogueGroup(plan.getId(), g.name(), g.leader(),
                g.otherMembers(), g.coordinator()))));
        List<DialogueMeeting> result = new ArrayList<>();
        for (int i = 0; i < meetingDrafts.size(); i++) {
            MeetingDraft m = meetingDrafts.get(i);
            result.add(meetings.save(new DialogueMeeting(plan.getId(), null, saved.get(m.group()), m.unit(),
                    times.get(i), m.place(), m.themes())));
        }
        return result;
    }

    /** D10: one meeting outside the plan, with a group of its own. */
    DialogueMeeting single(Long requestId, GroupDraft group, MeetingDraft meeting) {
        List<String> problems = new ArrayList<>();
        checkGroup("Gruppen", group, problems);
        MeetingTime time = checkMeeting("Møtet", meeting, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        DialogueGroup saved = groups.save(new DialogueGroup(null, group.name(), group.leader(), group.otherMembers(),
                group.coordinator()));
        return meetings.save(new DialogueMeeting(null, requestId, saved, meeting.unit(), time, meeting.place(),
                meeting.themes()));
    }

    /** D4: a moved meeting's new time, checked like a planned one. */
    MeetingTime newTime(String date, String start, String end) {
        List<String> problems = new ArrayList<>();
        MeetingTime time = time("Den nye tiden", date, start, end, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        return time;
    }

    private void checkGroup(String what, GroupDraft group, List<String> problems) {
        if (group.name() == null) {
            problems.add(what + ": gruppen mangler navn.");
        }
        if (group.leader() == null) {
            problems.add(what + ": gruppen mangler leder.");
        } else if (organisation.person(group.leader()).isEmpty()) {
            problems.add(what + ": lederen er ikke en bruker i Medvirk.");
        }
        if (group.coordinator() == null) {
            problems.add(what + ": gruppen mangler koordinator fra administrasjonen.");
        } else if (organisation.person(group.coordinator()).isEmpty()) {
            problems.add(what + ": koordinatoren er ikke en bruker i Medvirk.");
        }
    }

    private MeetingTime checkMeeting(String what, MeetingDraft meeting, List<String> problems) {
        if (meeting.unit() == null) {
            problems.add(what + ": velg enheten møtet er med.");
        } else if (organisation.unit(meeting.unit()).isEmpty()) {
            problems.add(what + ": enheten finnes ikke i organisasjonen.");
        }
        if (meeting.place() == null) {
            problems.add(what + ": skriv hvor møtet holdes.");
        }
        if (meeting.themes() == null) {
            problems.add(what + ": skriv temaene for møtet.");
        }
        return time(what, meeting.date(), meeting.startTime(), meeting.endTime(), problems);
    }

    private MeetingTime time(String what, String date, String start, String end, List<String> problems) {
        if (date == null) {
            problems.add(what + ": møtet mangler dato.");
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            LocalTime from = LocalTime.parse(start == null ? "18:00" : start);
            LocalTime to = LocalTime.parse(end == null ? "20:00" : end);
            if (!to.isAfter(from)) {
                problems.add(what + ": møtet må slutte etter at det begynner.");
                return null;
            }
            if (day.atTime(from).atZone(clock.getZone()).toInstant().isBefore(clock.instant())) {
                problems.add(what + ": datoen " + day + " er passert.");
                return null;
            }
            return new MeetingTime(day, from, to);
        } catch (DateTimeException e) {
            problems.add(what + ": dato og klokkeslett må skrives som 2027-05-12 og 18:00.");
            return null;
        }
    }

    private String unitName(String unitCode) {
        return unitCode == null ? "" : organisation.unit(unitCode).map(u -> " (" + u.name() + ")").orElse("");
    }
}
