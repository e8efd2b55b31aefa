package no.medvirk.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.engine.StepSetting;
import no.medvirk.engine.StepSettings;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CreatePlan (D1): the year's plan, one per year, with the committee of the organisation file,
 * and the year's due dates counted from the day it starts (1 March by the model's timer, or the day
 * the secretariat starts it by hand): the plan, the meetings' period, the case presentation and the
 * bodies' autumn meetings, the evaluation. Started by its timer in a year the secretariat already
 * started by hand, it leaves {@code yearPlanned} for the model to end.
 */
@Component("createDialoguePlan")
@StepSetting(name = CreateDialoguePlan.POLITICIANS_PER_GROUP, label = "Politikere i hver dialoggruppe (med lederen)",
        kind = StepSetting.Kind.COUNT)
@StepSetting(name = CreateDialoguePlan.PLAN_DUE, label = "Planen vedtas innen (etter årets start)",
        kind = StepSetting.Kind.PERIOD)
@StepSetting(name = CreateDialoguePlan.MEETINGS_FROM, label = "Møtene holdes fra (etter årets start)",
        kind = StepSetting.Kind.PERIOD)
@StepSetting(name = CreateDialoguePlan.MEETINGS_UNTIL, label = "Møtene holdes til (etter årets start)",
        kind = StepSetting.Kind.PERIOD)
@StepSetting(name = CreateDialoguePlan.CASE_PRESENTATION_DUE, label = "Saksframlegget skrives innen (etter årets start)",
        kind = StepSetting.Kind.PERIOD)
@StepSetting(name = CreateDialoguePlan.COMMITTEE_DUE, label = "Utvalget behandler saken innen (etter årets start)",
        kind = StepSetting.Kind.PERIOD)
@StepSetting(name = CreateDialoguePlan.COUNCIL_DUE, label = "Det siste organet vedtar saken innen (etter årets start)",
        kind = StepSetting.Kind.PERIOD)
@StepSetting(name = CreateDialoguePlan.EVALUATION_DUE, label = "Evalueringen skrives innen (etter årets start)",
        kind = StepSetting.Kind.PERIOD)
class CreateDialoguePlan implements JavaDelegate {

    static final String POLITICIANS_PER_GROUP = "politiciansPerGroup";
    static final String PLAN_DUE = "planDue";
    static final String MEETINGS_FROM = "meetingsFrom";
    static final String MEETINGS_UNTIL = "meetingsUntil";
    static final String CASE_PRESENTATION_DUE = "casePresentationDue";
    static final String COMMITTEE_DUE = "committeeDue";
    static final String COUNCIL_DUE = "councilDue";
    static final String EVALUATION_DUE = "evaluationDue";

    /**
     * The year's due dates, each a variable of its setting's name: every period this step declares is
     * one, counted from the year's start, so a new due date is one more annotation.
     */
    static final List<String> DUE_DATES = Arrays.stream(CreateDialoguePlan.class.getAnnotationsByType(StepSetting.class))
            .filter(setting -> setting.kind() == StepSetting.Kind.PERIOD).map(StepSetting::name).toList();

    private final DialoguePlanning planning;
    private final Clock clock;

    CreateDialoguePlan(DialoguePlanning planning, Clock clock) {
        this.planning = planning;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String initiator = (String) execution.getVariable(DialogueVariables.INITIATOR);
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        int year;
        if (initiator == null) {
            // Its timer: this year, unless the secretariat has started it already.
            year = now.getYear();
            if (planning.planned(year)) {
                execution.setVariable(DialogueVariables.YEAR_PLANNED, true);
                return;
            }
        } else {
            CompletedForm form = CompletedForm.ofStart(execution);
            year = new CycleForm(form.value(CycleForm.YEAR)).check();
        }
        DialoguePlan plan = planning.newYear(year, initiator,
                StepSettings.count(execution, POLITICIANS_PER_GROUP));
        execution.setProcessBusinessKey("Dialogmøter " + plan.getYear());
        Map<String, Object> variables = new HashMap<>();
        variables.put(DialogueVariables.YEAR_PLANNED, false);
        variables.put(DialogueVariables.PLAN_ID, plan.getId());
        // A year started by hand, even ahead of time (in December for the next), counts from that day.
        LocalDate start = now.toLocalDate();
        for (String due : DUE_DATES) {
            variables.put(due, Date.from(start.plus(StepSettings.period(execution, due))
                    .atStartOfDay(clock.getZone()).toInstant()));
        }
        execution.setVariables(variables);
    }
}
