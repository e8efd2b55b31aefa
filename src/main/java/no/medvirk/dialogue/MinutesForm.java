package no.medvirk.dialogue;

import java.util.List;
import java.util.function.Predicate;
import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/**
 * The coordinator's minutes (write-minutes): each participant's attendance (present, absent, or a
 * substitute came), others who attended, the points raised, each input with the
 * unit responsible, what was agreed and the next meeting. Attendees' names are personal data: they
 * go to the record, and never to the engine's history ({@code medvirk.personal-variables}).
 */
record MinutesForm(List<MeetingAttendance.Draft> attendance, List<MeetingAttendee.Draft> attendees, String points, List<DialogueInput.Draft> inputs,
                   String agreed, String nextMeeting) {

    static final String ATTENDANCE = "attendance";
    static final String ATTENDEES = "attendees";
    static final String INPUTS = "inputs";

    /**
     * @param isUnit whether a unit code names a unit of the organisation
     * @return the minutes without the empty rows Tasklist adds to a dynamic list
     * @throws InvalidInputException naming each problem
     */
    MinutesForm check(Predicate<String> isUnit) {
        Checks checks = new Checks();
        for (MeetingAttendance.Draft row : attendance) {
            if (row.status() == null) {
                checks.add(ATTENDANCE, "Velg om " + row.name() + " møtte.");
            } else if (row.status() == AttendanceStatus.SUBSTITUTE && row.substituteFor() == null) {
                checks.add(ATTENDANCE, "Skriv navnet på varaen som møtte for " + row.name() + ".");
            }
        }
        List<MeetingAttendee.Draft> present = attendees.stream()
                .filter(a -> a.name() != null || a.organisation() != null).toList();
        for (int i = 0; i < present.size(); i++) {
            MeetingAttendee.Draft attendee = present.get(i);
            if (attendee.name() == null || attendee.organisation() == null) {
                checks.add(ATTENDEES, "Skriv både navn og organisasjon eller rolle for hver som var til stede.");
            }
            String row = "Til stede, rad " + (i + 1);
            checks.text(ATTENDEES, attendee.name(), row + ": navnet", TextLimits.NAME);
            checks.text(ATTENDEES, attendee.organisation(), row + ": organisasjonen eller rollen", TextLimits.NAME);
        }
        List<DialogueInput.Draft> raised = inputs.stream().filter(d -> d.text() != null || d.unitCode() != null).toList();
        for (int i = 0; i < raised.size(); i++) {
            DialogueInput.Draft input = raised.get(i);
            if (input.text() == null || input.unitCode() == null || !isUnit.test(input.unitCode())) {
                checks.add(INPUTS, "Hvert innspill trenger en tekst og enheten som har ansvaret for det.");
            }
            checks.text(INPUTS, input.text(), "Innspill, rad " + (i + 1) + ": innspillet", TextLimits.TEXT);
        }
        checks.required("points", points, "Skriv hvilke saker som ble tatt opp.");
        checks.text("points", points, "«Saker som ble tatt opp»", TextLimits.TEXT);
        checks.text("agreed", agreed, "«Hva ble avtalt»", TextLimits.TEXT);
        checks.text("nextMeeting", nextMeeting, "«Neste møte»", TextLimits.NEXT_MEETING);
        checks.refuseIfAny();
        return new MinutesForm(attendance, present, points, raised, agreed, nextMeeting);
    }

    @Override
    public String toString() {
        return "MinutesForm[attendees' names]";
    }
}
