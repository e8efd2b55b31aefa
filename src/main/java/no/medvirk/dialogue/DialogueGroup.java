package no.medvirk.dialogue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** D2: three politicians, one leading, and an administration coordinator who writes the minutes. */
@Entity
@Table(name = "dialogue_group")
public class DialogueGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private String name;
    private String leader;
    private String otherMembers;
    private String coordinator;

    protected DialogueGroup() {
    }

    DialogueGroup(Long planId, String name, String leader, String otherMembers, String coordinator) {
        this.planId = planId;
        this.name = name;
        this.leader = leader;
        this.otherMembers = otherMembers;
        this.coordinator = coordinator;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getName() {
        return name;
    }

    public String getLeader() {
        return leader;
    }

    public String getOtherMembers() {
        return otherMembers;
    }

    public String getCoordinator() {
        return coordinator;
    }
}
