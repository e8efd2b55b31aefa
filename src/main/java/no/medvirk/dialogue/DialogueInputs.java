package no.medvirk.dialogue;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DialogueInputs extends JpaRepository<DialogueInput, Long> {

    /** The inputs followed up and still open (a finished one has no next date), oldest meeting first. */
    @Query("select i from DialogueInput i where i.followUpDue is not null"
            + " order by i.meeting.meetingDate, i.meeting.id, i.id")
    List<DialogueInput> findOpen();

    /** Every input of approved minutes from meetings since {@code since}, oldest meeting first. */
    @Query("select i from DialogueInput i where i.meeting.minutesStatus = no.medvirk.dialogue.MinutesStatus.APPROVED and i.meeting.meetingDate >= :since"
            + " order by i.meeting.meetingDate, i.meeting.id, i.id")
    List<DialogueInput> findFromMeetingsSince(@Param("since") LocalDate since);

    default DialogueInput get(long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No dialogue input " + id));
    }
}
