package no.medvirk.duelist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MakeDueList (M9): the week's list, and what it means for the units and the chief executive. */
@Component("makeDueList")
class MakeDueList implements JavaDelegate {

    private final DueListMaking making;

    MakeDueList(DueListMaking making) {
        this.making = making;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DueList list = making.make();
        Set<String> responsibles = new LinkedHashSet<>();
        list.overdue().stream().filter(DueListEntry::isCounted).map(DueListEntry::getResponsible)
                .filter(r -> !DueListMaking.SERVICE_CENTRE.equals(r)).forEach(responsibles::add);
        execution.setVariable(DueListVariables.DUE_LIST_ID, list.getId());
        execution.setVariable(DueListVariables.LISTED, !list.getEntries().isEmpty());
        execution.setVariable(DueListVariables.OVERDUE_RESPONSIBLES, new ArrayList<>(responsibles));
        execution.setVariable(DueListVariables.ESCALATE, !list.escalated().isEmpty());
    }
}
