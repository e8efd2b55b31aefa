package no.medvirk.engine;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/**
 * The rules of bpmnlint's {@code recommended} set that make a diagram clear to the people who read it,
 * checked in Java with the rest of the model check (no Node.js in the build): every element labelled,
 * flows joined and split by gateways only, conditions on every flow out of a decision, a start and an
 * end in every process, nothing disconnected, no gateway that does nothing.
 */
final class ModelLint {

    private ModelLint() {
    }

    static void check(String file, BpmnModelInstance model, List<ModelProblem> problems) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            scope(file, process, process.getFlowElements(), true, problems);
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
            if (incoming == 0 && outgoing == 0 && !(node instanceof BoundaryEvent)
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

    private static ModelProblem problem(String file, FlowElement element, String message) {
        String name = element.getName();
        return new ModelProblem(file, element.getId(), name == null || name.isBlank() ? null : name, message);
    }

    private static ModelProblem scopeProblem(String file, BaseElement scope, String message) {
        return ModelElements.problem(file, scope.getDomElement(), message);
    }

}
