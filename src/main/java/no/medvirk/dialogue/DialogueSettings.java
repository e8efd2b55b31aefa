package no.medvirk.dialogue;

import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dialogue meetings' time limits, in calendar days in Oslo.
 *
 * @param invitationLead how long before a meeting the invitation goes out (D3)
 * @param agendaInputLead how long before a meeting the user council may add to the agenda (D3)
 * @param minutesDue how long after a meeting the minutes are due (D5)
 * @param followUpDue how long after the council's decision an input's first follow-up is due (D8)
 */
@Component
record DialogueSettings(@Value("${medvirk.invitation-lead}") Period invitationLead,
                        @Value("${medvirk.agenda-input-lead}") Period agendaInputLead,
                        @Value("${medvirk.minutes-due}") Period minutesDue,
                        @Value("${medvirk.follow-up-due}") Period followUpDue) {
}
