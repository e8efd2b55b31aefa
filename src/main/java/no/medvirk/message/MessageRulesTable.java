package no.medvirk.message;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.DateTimeException;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.springframework.stereotype.Component;

/**
 * Asks processes/message-rules.dmn, the process owners' table, what a message is promised. The model
 * check refuses a table that gives no answer, or an answer Medvirk cannot read, for any kind and
 * subject area, so the answer here is always there.
 *
 * <p>The latest deployed table is asked through the engine's DMN engine (its FEEL, its expression
 * sandbox), and its answers are kept by the table's version and the three inputs, which are all it
 * reads: a new version is a new definition, asked afresh. Not through the engine's {@code DecisionService}:
 * that wrote a decision instance with its inputs and outputs, naming no case, and an operation-log entry
 * to the history for every registration, though the answer is on the message's record
 * ({@link Message#getRules()}); and its FEEL evaluation made a seventh of a registration's CPU (issue 18).
 * The table is asked as a decision parsed from its model, not as the deployed definition, which is what
 * keeps the engine from writing that history.
 */
@Component
public class MessageRulesTable {

    static final String DECISION = "message-rules";

    private final CommandExecutor commands;
    private final Cache<String, DmnDecision> tables = Caffeine.newBuilder().maximumSize(20).build();
    private final Cache<Question, MessageRules> answers = Caffeine.newBuilder().maximumSize(2_000).build();

    MessageRulesTable(ProcessEngine engine) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** What this message is promised; a value left out is what the table says for any message of the kind. */
    MessageRules decide(Kind kind, String subjectArea, Channel channel) {
        return commands.execute(context -> {
            DeploymentCache deployed = context.getProcessEngineConfiguration().getDeploymentCache();
            String version = deployed.findDeployedLatestDecisionDefinitionByKey(DECISION).getId();
            return answers.get(new Question(version, kind, subjectArea, channel), question -> ask(
                    context.getProcessEngineConfiguration().getDmnEngine(), deployed, question));
        });
    }

    /** The table of the question's version, parsed once per version, asked the question. */
    private MessageRules ask(DmnEngine dmn, DeploymentCache deployed, Question question) {
        DmnDecision table = tables.get(question.table(),
                id -> dmn.parseDecision(DECISION, deployed.findDmnModelInstanceForDecisionDefinition(id)));
        DmnDecisionRuleResult result = dmn.evaluateDecisionTable(table,
                inputs(question.kind(), question.subjectArea(), question.channel())).getSingleResult();
        if (result == null) {
            throw new IllegalStateException("message-rules.dmn has no row for this message");
        }
        return read(result.getEntryMap());
    }

    /** The table's inputs, as registration and the model check ask it. */
    static Map<String, Object> inputs(Kind kind, String subjectArea, Channel channel) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("kind", kind == null ? null : kind.name());
        inputs.put("subjectArea", subjectArea);
        inputs.put("channel", channel == null ? null : channel.name());
        return inputs;
    }

    private record Question(String table, Kind kind, String subjectArea, Channel channel) {
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
