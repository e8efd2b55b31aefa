package no.medvirk.dialogue;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.Fields;
import no.medvirk.forms.FormDisplay;
import no.medvirk.forms.TaskDisplay;
import no.medvirk.forms.FormJson;
import no.medvirk.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The cycle's tasks: what the task's form names of the plan, when the form is read, with
 * the selects' options and, when the plan is made again, what was planned before.
 */
@Component("showDialoguePlan")
@ListensTo(forms = {"approve-dialogue-plan", "evaluate-dialogue-cycle", "plan-dialogue-meetings",
        "prepare-case-presentation", "record-decision"}, event = "create")
class ShowDialoguePlan implements TaskDisplay {

    private final DialoguePlans plans;
    private final DialogueGroups groups;
    private final DialogueMeetings meetings;
    private final BodyTreatments treatments;
    private final DialogueDisplay display;

    ShowDialoguePlan(DialoguePlans plans, DialogueGroups groups, DialogueMeetings meetings, BodyTreatments treatments,
                     DialogueDisplay display) {
        this.plans = plans;
        this.groups = groups;
        this.meetings = meetings;
        this.treatments = treatments;
        this.display = display;
    }

    @Override
    public void show(DelegateTask task, FormDisplay form) {
        DialoguePlan plan = plans.get(Fields.id(task.getVariable(DialogueVariables.PLAN_ID)));
        List<DialogueGroup> planGroups = groups.findByPlanIdOrderById(plan.getId());
        List<DialogueMeeting> planMeetings = meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(plan.getId());
        form
                .put("year", plan::getYear)
                .put("committee", plan::getCommittee)
                .put("planMarkdown", () -> display.planMarkdown(planGroups, planMeetings))
                .put("summaryUrl", () -> DialogueController.path(plan) + "/summary.docx")
                .put("attendanceUrl", () -> DialogueController.path(plan) + "/attendance.csv")
                .put("casePresentationUrl", () -> DialogueController.path(plan) + "/case-presentation.docx")
                .put("proposedDecisionMarkdown", () -> Markdown.paragraph(plan.getProposedDecision()))
                .put("archiveCaseNumber", plan::getArchiveCaseNumber)
                .put("lastEvaluationMarkdown", () -> lastEvaluation(plan.getYear(), plan.getPlanComment()))
                .put("personOptions", () -> FormJson.value(display.personOptions()))
                .put("politicianOptions", () -> FormJson.value(display.politicianOptions()))
                .put("groupSize", () -> plan.getGroupSize() == null ? 3 : plan.getGroupSize())
                .put("meetingsPeriod", () -> "mellom " + day(task, CreateDialoguePlan.MEETINGS_FROM) + " og "
                        + day(task, CreateDialoguePlan.MEETINGS_UNTIL))
                .put("planDueText", () -> day(task, CreateDialoguePlan.PLAN_DUE))
                .put("unitOptions", () -> FormJson.value(display.unitOptions()))
                .put("assessment", plan::getAssessment)
                .put("proposedDecision", plan::getProposedDecision)
                .put("bodyName", () -> display.bodyName(treatments.nextToDecide(plan.getId()), plan));
        if (!planGroups.isEmpty()) {
            // The plan made again starts from what was planned.
            form.put("groups", () -> FormJson.value(planGroups.stream().map(g -> Map.of("name", g.getName(),
                            "leader", g.getLeader(), "members", g.getMembers(),
                            "coordinator", g.getCoordinator())).toList()))
                    .put("meetings", () -> FormJson.value(planMeetings.stream().map(ShowDialoguePlan::row).toList()));
        }
    }

    /** What the cycle's cards in the task list say: the year (the cycle's tasks have the same names each year). */
    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(DialogueVariables.CARD_TEXT,
                "Dialogmøtene " + plans.get(Fields.id(task.getVariable(DialogueVariables.PLAN_ID))).getYear());
    }

    /** D9: last year's evaluation, and why the committee sent this plan back, for whoever plans now. */
    private String lastEvaluation(int year, String returnedWith) {
        StringBuilder text = new StringBuilder();
        if (returnedWith != null) {
            text.append("#### Utvalget ba om endringer\n\n").append(Markdown.paragraph(returnedWith)).append("\n\n");
        }
        plans.findByYear(year - 1).filter(p -> p.getEvaluationWorked() != null).ifPresent(last -> text
                .append("#### Evaluering av dialogmøtene ").append(year - 1).append("\n\n**Dette fungerte:** ")
                .append(Markdown.paragraph(last.getEvaluationWorked())).append("\n\n**Dette bør endres:** ")
                .append(Markdown.paragraph(last.getEvaluationChange())).append('\n'));
        return text.toString();
    }

    /** A planned meeting as a row of the planning form. */
    private static Map<String, Object> row(DialogueMeeting m) {
        Map<String, Object> row = new HashMap<>(Map.of("unit", orEmpty(m.getUnitCode()),
                "otherUnits", m.getUnits().stream().skip(1).toList(), "counterpart", orEmpty(m.getCounterpart()),
                "contacts", String.join(", ", m.getContacts()), "group", m.getGroup().getName(),
                "date", m.getMeetingDate().toString(), "startTime", m.getStartTime(), "endTime", m.getEndTime(),
                "place", m.getPlace()));
        row.put("themes", m.getThemes());
        return row;
    }

    private static String day(DelegateTask task, String variable) {
        Date date = (Date) task.getVariable(variable);
        return date == null ? "" : DialogueDisplay.day(date.toInstant().atZone(EngineClock.OSLO).toLocalDate());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
