package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.medvirk.MedvirkTest;
import no.medvirk.message.MessageInput.SubmitterInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A message found by its case number: from the transaction when it loaded it already, else from the database. */
@MedvirkTest
class MessagesByCaseNumberTests {

    @Autowired
    MessageRegistration registration;
    @Autowired
    Messages messages;
    @Autowired
    TransactionTemplate transaction;
    @PersistenceContext
    EntityManager entityManager;

    @Test
    void shouldFindTheMessageTheTransactionLoadedWithoutAskingTheDatabaseAgain() {
        String caseNumber = registration.register(new MessageInput("PHONE", null, "Benken i parken er knust.", "COMPLAINT",
                "Vei og trafikk", false, false, new SubmitterInput("Test Testesen", null, "912 34 567", null)))
                .getCaseNumber();

        List<Object> found = transaction.execute(status -> {
            Message loaded = messages.findByCaseNumber(caseNumber).orElseThrow();
            // Behind the session's back: a query would no longer find the case number.
            entityManager.createNativeQuery("update message set case_number = 'moved' where id = :id")
                    .setParameter("id", loaded.getId()).executeUpdate();
            Message again = messages.findByCaseNumber(caseNumber).orElse(null);
            status.setRollbackOnly();
            return Arrays.asList(loaded, again);
        });
        assertThat(found.get(1)).isSameAs(found.get(0));

        // A transaction that has not loaded it asks the database.
        Optional<Message> fresh = transaction.execute(status -> messages.findByCaseNumber(caseNumber));
        assertThat(fresh).hasValueSatisfying(message -> assertThat(message.getCaseNumber()).isEqualTo(caseNumber));
        Optional<Message> none = transaction.execute(status -> messages.findByCaseNumber("99/999999"));
        assertThat(none).isEmpty();
    }
}
