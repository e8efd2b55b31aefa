package no.medvirk.message;

import java.time.DateTimeException;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Asks processes/message-rules.dmn, the process owners' table, what a message is promised. The model
 * check refuses a table that gives no answer, or an answer Medvirk cannot read, for any kind and
 * subject area, so the answer here is always there.
 */
@Component
public class MessageRulesTable {

    static final String DECISION = "message-rules";

    private final DecisionService decisions;

    MessageRulesTable(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** What this message is promised; a value left out is what the table says for any message of the kind. */
    MessageRules decide(Kind kind, String subjectArea, Channel channel) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("kind", kind == null ? null : kind.name());
        inputs.put("subjectArea", subjectArea);
        inputs.put("channel", channel == null ? null : channel.name());
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION).variables(inputs).evaluate()
                .getSingleResult();
        if (result == null) {
            throw new IllegalStateException("message-rules.dmn has no row for this message");
        }
        return read(result.getEntryMap());
    }

    /** What a citizen is promised before a message exists (the message card, Open311): an ordinary message. */
    public MessageRules promised() {
        return decide(null, null, null);
    }

    /** The outputs of one row; refused (by the model check, at deployment) when not readable. */
    static MessageRules read(Map<String, Object> row) {
        Object deadline = row.get("contactDeadline");
        Object attempts = row.get("callAttempts");
        Object callBack = row.get("callBack");
        Object callbackPeriod = row.get("callbackPeriod");
        try {
            return new MessageRules(Period.parse(String.valueOf(deadline)), ((Number) attempts).intValue(),
                    Boolean.TRUE.equals(callBack), callbackPeriod == null ? MessageRules.CALLBACK_PERIOD
                    : Period.parse(String.valueOf(callbackPeriod)));
        } catch (DateTimeException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("Frist for kontakt og dager til å ringe tilbake skal skrives som P10D "
                    + "(10 dager) eller P2W (2 uker), oppringingsforsøk som et tall", e);
        }
    }
}
