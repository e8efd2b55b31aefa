package no.medvirk.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The rules of bpmnlint's {@code recommended} set that make a diagram clear to the people who read it,
 * checked in Java with the rest of the model check (no Node.js in the build): every element labelled,
 * flows joined and split by gateways only, conditions on every flow out of a decision, a start and an
 * end in every process, nothing disconnected, no gateway that does nothing. And Medvirk's own: a process
 * with tasks for people shows who does them as lanes, and each task lies in the lane of its group.
 */
final class ModelLint {

    private ModelLint() {
    }

    static void check(String file, BpmnModelInstance model, List<ModelProblem> problems) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            scope(file, process, process.getFlowElements(), true, problems);
            lanes(file, process, model, problems);
        }
        for (SubProcess subProcess : model.getModelElementsByType(SubProcess.class)) {
            scope(file, subProcess, subProcess.getFlowElements(), !subProcess.triggeredByEvent(), problems);
        }
    }

    private static void scope(String file, BaseElement scope, Collection<FlowElement> elements,
                              boolean needsStartAndEnd, List<ModelProblem> problems) {
        List<FlowNode> nodes = elements.stream().filter(FlowNode.class::isInstance).map(FlowNode.class::cast).toList();
        int blankStarts = 0;
        for (FlowNode node : nodes) {
            int incoming = node.getIncoming().size();
            int outgoing = node.getOutgoing().size();
            // A gateway that only joins says nothing a reader needs; one that decides asks a question.
            boolean joining = node instanceof Gateway && outgoing <= 1;
            if (!(node instanceof ParallelGateway) && !joining && (node.getName() == null || node.getName().isBlank())) {
                problems.add(problem(file, node, "mangler navn. Gi den et navn som sier hva som skjer (oppgaver: "
                        + "verb og objekt, som «Ring innmelder»; hendelser: tilstand, som «Melding mottatt»; porter: "
                        + "et spørsmål, som «Nådd innmelderen?»)."));
            }
            if (!(node instanceof Gateway) && incoming > 1) {
                problems.add(problem(file, node, "har flere innkommende flyter. Slå dem sammen med en port foran, så "
                        + "det er tydelig om den venter på alle eller tar den første."));
            }
            if (!(node instanceof Gateway) && outgoing > 1) {
                problems.add(problem(file, node, "har flere utgående flyter. Del dem med en port etter, med en "
                        + "betingelse på hver vei."));
            }
            if (node instanceof Gateway && incoming > 1 && outgoing > 1) {
                problems.add(problem(file, node, "både slår sammen og deler flyter. Bruk én port til hver."));
            }
            if (node instanceof Gateway && incoming == 1 && outgoing == 1) {
                problems.add(problem(file, node, "verken deler eller slår sammen noe. Fjern porten."));
            }
            if ((node instanceof ExclusiveGateway || node instanceof InclusiveGateway) && outgoing > 1) {
                SequenceFlow defaultFlow = node instanceof ExclusiveGateway exclusive ? exclusive.getDefault()
                        : ((InclusiveGateway) node).getDefault();
                for (SequenceFlow flow : node.getOutgoing()) {
                    if (flow != defaultFlow && flow.getConditionExpression() == null) {
                        problems.add(problem(file, flow, "går ut av porten «" + (node.getName() == null ? node.getId() : node.getName()) + "» uten betingelse. "
                                + "Skriv betingelsen, eller gjør den til standardvei."));
                    }
                }
            }
            // An event subprocess stands apart by design: its start event's trigger connects it.
            if (incoming == 0 && outgoing == 0 && !(node instanceof BoundaryEvent)
                    && !(node instanceof SubProcess eventSub && eventSub.triggeredByEvent())
                    && !(node instanceof StartEvent && ((StartEvent) node).getParentElement() instanceof SubProcess sub
                    && sub.triggeredByEvent())) {
                problems.add(problem(file, node, "henger ikke sammen med resten. Koble den til med en flyt, eller fjern den."));
            }
            if (node instanceof StartEvent start && start.getEventDefinitions().isEmpty()) {
                blankStarts++;
            }
        }
        if (blankStarts > 1) {
            problems.add(scopeProblem(file, scope, "har mer enn én starthendelse uten type. Behold én."));
        }
        if (needsStartAndEnd && !nodes.isEmpty()) {
            if (nodes.stream().noneMatch(StartEvent.class::isInstance)) {
                problems.add(scopeProblem(file, scope, "har ingen starthendelse. Legg til en."));
            }
            if (nodes.stream().noneMatch(EndEvent.class::isInstance)) {
                problems.add(scopeProblem(file, scope, "har ingen sluttendelse. Legg til en."));
            }
        }
        Set<String> pairs = new HashSet<>();
        for (FlowElement element : elements) {
            if (element instanceof SequenceFlow flow
                    && !pairs.add(flow.getSource().getId() + "→" + flow.getTarget().getId())) {
                problems.add(problem(file, flow, "går samme vei som en annen flyt. Fjern den ene."));
            }
        }
    }

    /**
     * A lane says whom it stands for with the extension properties {@code candidateGroups} (groups, comma
     * separated, as the tasks write them) and {@code assignee}; a user task must lie in a lane that
     * stands for each of its candidate groups and for its assignee.
     */
    private static void lanes(String file, Process process, BpmnModelInstance model, List<ModelProblem> problems) {
        List<UserTask> tasks = model.getModelElementsByType(UserTask.class).stream()
                .filter(task -> processOf(task) == process).toList();
        if (tasks.isEmpty()) {
            return;
        }
        if (process.getLaneSets().stream().allMatch(laneSet -> laneSet.getLanes().isEmpty())) {
            problems.add(scopeProblem(file, process, "har oppgaver for folk, men ingen baner (lanes) som viser hvem som "
                    + "gjør dem. Legg prosessen i et basseng (participant) med en bane for hver rolle, og skriv "
                    + "gruppen banen står for under Extension properties, som candidateGroups = service-centre."));
            return;
        }
        Map<String, Lane> laneOf = new HashMap<>();
        process.getLaneSets().forEach(laneSet -> collectLanes(laneSet, laneOf));
        for (UserTask task : tasks) {
            Set<String> groups = split(task.getCamundaCandidateGroups());
            Set<String> assignees = split(task.getCamundaAssignee());
            String wanted = quoted(groups, assignees);
            Lane lane = laneOf.get(topLevel(task, process).getId());
            if (lane == null) {
                problems.add(problem(file, task, "ligger ikke i noen bane. Flytt den inn i "
                        + (wanted == null ? "en bane." : "banen for " + wanted + ".")));
                continue;
            }
            Set<String> laneGroups = new LinkedHashSet<>();
            Set<String> laneAssignees = new LinkedHashSet<>();
            laneProperties(lane, laneGroups, laneAssignees);
            if (laneGroups.containsAll(groups) && laneAssignees.containsAll(assignees)) {
                continue;
            }
            String laneName = lane.getName() == null || lane.getName().isBlank() ? lane.getId() : lane.getName().strip();
            String where = laneGroups.isEmpty() && laneAssignees.isEmpty()
                    ? "ligger i banen «" + laneName + "», som ikke sier hvem den står for"
                    : "ligger i banen «" + laneName + "», som står for " + quoted(laneGroups, laneAssignees);
            problems.add(problem(file, task, where + ", men oppgaven er for " + wanted + ". Flytt oppgaven til banen "
                    + "for " + wanted + ", eller rett gruppen på oppgaven eller på banen (Extension properties: "
                    + "candidateGroups" + (assignees.isEmpty() ? "" : " og assignee") + ")."));
        }
    }

    /** The innermost lane of each flow node. */
    private static void collectLanes(LaneSet laneSet, Map<String, Lane> laneOf) {
        for (Lane lane : laneSet.getLanes()) {
            lane.getFlowNodeRefs().forEach(node -> laneOf.put(node.getId(), lane));
            if (lane.getChildLaneSet() != null) {
                collectLanes(lane.getChildLaneSet(), laneOf);
            }
        }
    }

    private static void laneProperties(Lane lane, Set<String> groups, Set<String> assignees) {
        if (lane.getExtensionElements() == null) {
            return;
        }
        for (CamundaProperties properties : lane.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list()) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if ("candidateGroups".equals(property.getCamundaName())) {
                    groups.addAll(split(property.getCamundaValue()));
                } else if ("assignee".equals(property.getCamundaName())) {
                    assignees.addAll(split(property.getCamundaValue()));
                }
            }
        }
    }

    private static Set<String> split(String list) {
        return list == null ? Set.of() : Arrays.stream(list.split(",")).map(String::strip)
                .filter(value -> !value.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String quoted(Set<String> groups, Set<String> assignees) {
        Set<String> all = new LinkedHashSet<>(groups);
        all.addAll(assignees);
        return all.isEmpty() ? null : all.stream().map(value -> "«" + value + "»").collect(Collectors.joining(" og "));
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance e = element;
        while (e != null && !(e instanceof Process)) {
            e = e.getParentElement();
        }
        return (Process) e;
    }

    /** The element itself, or the sub-process directly in the process it lies in: what a lane holds. */
    private static BaseElement topLevel(BaseElement element, Process process) {
        BaseElement e = element;
        while (e.getParentElement() != process) {
            e = (BaseElement) e.getParentElement();
        }
        return e;
    }

    private static ModelProblem problem(String file, FlowElement element, String message) {
        String name = element.getName();
        return new ModelProblem(file, element.getId(), name == null || name.isBlank() ? null : name, message);
    }

    private static ModelProblem scopeProblem(String file, BaseElement scope, String message) {
        return ModelElements.problem(file, scope.getDomElement(), message);
    }

}
