package no.medvirk.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.medvirk.engine.DecisionInputValues;
import no.medvirk.engine.ModelCheckExtension;
import no.medvirk.engine.ModelParsing;
import no.medvirk.engine.ModelProblem;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * The rules table must answer every message, readably: for every kind and every subject area of the
 * routing table it is asked here, at deployment, as registration will ask it. A table that leaves a
 * combination without a row, or gives a deadline Medvirk cannot read («14 dager»), is refused with the
 * rest of the model check instead of failing the registration of a citizen's message.
 */
@Component
public final class MessageRulesCheck implements ModelCheckExtension {

    private static final String FILE = "message-rules.dmn";
    private static final String LIFECYCLE = "message-lifecycle.bpmn";
    private static final int MAX_CALL_ATTEMPTS = 12;

    /** Built once: the DMN engine with its FEEL takes a while to start. */
    private static DmnEngine dmn;

    @Override
    public List<ModelProblem> check(Map<String, byte[]> files) {
        if (!files.containsKey(LIFECYCLE)) {
            return List.of();
        }
        if (!files.containsKey(FILE)) {
            return List.of(new ModelProblem(FILE, null, "mangler: meldingsrutinen trenger regeltabellen "
                    + MessageRulesTable.DECISION + " for frist, oppringingsforsøk og om innmelderen ringes opp."));
        }
        DmnDecision decision = engine().parseDecision(MessageRulesTable.DECISION, ModelParsing.dmn(files.get(FILE)));
        List<String> subjectAreas = new ArrayList<>(subjectAreas(files));
        subjectAreas.add(null);
        List<ModelProblem> problems = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (String area : subjectAreas) {
                DmnDecisionRuleResult row = engine().evaluateDecisionTable(decision,
                        MessageRulesTable.inputs(kind, area, null)).getSingleResult();
                if (row == null) {
                    unanswered.add(kind.label() + (area == null ? "" : " om «" + area + "»"));
                    continue;
                }
                String refusal = refusal(row.getEntryMap());
                if (refusal != null && problems.stream().noneMatch(p -> p.message().equals(refusal))) {
                    problems.add(new ModelProblem(FILE, MessageRulesTable.DECISION, "Regler for meldinger", refusal));
                }
            }
        }
        if (!unanswered.isEmpty()) {
            problems.add(new ModelProblem(FILE, MessageRulesTable.DECISION, "Regler for meldinger",
                    "ingen rad passer for " + String.join(", ", unanswered.subList(0, Math.min(5, unanswered.size())))
                            + (unanswered.size() > 5 ? " og " + (unanswered.size() - 5) + " til" : "")
                            + ". Legg til en rad, eller en siste rad med «-» i alle kolonnene."));
        }
        return problems;
    }

    private static String refusal(Map<String, Object> row) {
        Object deadline = row.get("contactDeadline");
        try {
            MessageRules rules = MessageRulesTable.read(row);
            if (rules.contactDeadline().isNegative() || rules.contactDeadline().isZero()) {
                return "fristen for kontakt «" + deadline + "» er ingen frist. Skriv for eksempel P10D for 10 dager.";
            }
            if (rules.callbackPeriod().isNegative() || rules.callbackPeriod().isZero()) {
                return "dager til å ringe tilbake etter kontaktkortet «" + row.get("callbackPeriod")
                        + "» er ingen frist. Skriv for eksempel P5D for 5 dager.";
            }
            if (rules.callAttempts() < 0 || rules.callAttempts() > MAX_CALL_ATTEMPTS) {
                return "oppringingsforsøk må være et tall fra 0 til " + MAX_CALL_ATTEMPTS + ".";
            }
            return null;
        } catch (IllegalArgumentException e) {
            return "fristen for kontakt «" + deadline + "», dagene til å ringe tilbake eller antall oppringingsforsøk "
                    + "kan ikke leses. Skriv fristene som P10D (10 dager) eller P2W (2 uker), og forsøkene som et tall.";
        }
    }

    private static List<String> subjectAreas(Map<String, byte[]> files) {
        byte[] routing = files.get("message-routing.dmn");
        if (routing == null) {
            return List.of();
        }
        DmnModelInstance model = ModelParsing.dmn(routing);
        return DecisionInputValues.of(model, SubjectAreas.ROUTING_DECISION, "subjectArea").orElse(List.of());
    }

    private static synchronized DmnEngine engine() {
        if (dmn == null) {
            dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        }
        return dmn;
    }
}
