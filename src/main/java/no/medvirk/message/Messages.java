package no.medvirk.message;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Messages extends JpaRepository<Message, Long>, MessagesByCaseNumber {

    List<Message> findByCaseNumberIn(Collection<String> caseNumbers);

    /** The messages closed as duplicates of this case. */
    List<Message> findByDuplicateOfOrderById(String caseNumber);

    List<Message> findByClosedAtBeforeAndAnonymisedAtIsNull(Instant closedBefore);

    /** M9: the open messages whose contact deadline comes before the given time, overdue ones included. */
    @Query("select m from Message m where m.status <> no.medvirk.message.MessageStatus.CLOSED "
            + "and m.contactDeadline < :before order by m.contactDeadline")
    List<Message> findOpenWithContactDeadlineBefore(Instant before);

    /**
     * The month's sample may call these: closed in the period, with a phone number still on the record, answered
     * (not a duplicate, withdrawn or praise passed on) and not sampled before.
     */
    @Query("select m from Message m where m.closedAt >= :from and m.closedAt < :to and m.anonymisedAt is null "
            + "and m.submitter.phone is not null and m.submitter.phone <> '' and m.duplicateOf is null "
            + "and (m.answeredBy is null or m.answeredBy not in (no.medvirk.message.AnsweredBy.WITHDRAWN, "
            + "no.medvirk.message.AnsweredBy.PASSED_ON, no.medvirk.message.AnsweredBy.DUPLICATE)) "
            + "and not exists (select v.id from CitizenVerdict v where v.messageId = m.id "
            + "and v.source = no.medvirk.message.CitizenVerdict.Source.SAMPLE) order by m.id")
    List<Message> findSampleCandidates(Instant from, Instant to);

    default Message get(String caseNumber) {
        return findByCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No message with case number " + caseNumber));
    }
}
