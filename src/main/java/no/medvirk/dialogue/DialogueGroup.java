package no.medvirk.dialogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * D2: politicians of the organisation file, one leading, and an administration coordinator who writes
 * the minutes. Groups planned before issue 19 named the other politicians as free text
 * ({@code otherMembers}); they keep it.
 */
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
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dialogue_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_id")
    private List<String> members = new ArrayList<>();
    private String coordinator;

    protected DialogueGroup() {
    }

    /** @param members the politicians besides the leader, as person ids */
    DialogueGroup(Long planId, String name, String leader, List<String> members, String coordinator) {
        this.planId = planId;
        this.name = name;
        this.leader = leader;
        this.members = new ArrayList<>(members);
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

    /** The politicians besides the leader (person ids). */
    public List<String> getMembers() {
        return List.copyOf(members);
    }

    /** The other politicians as free text, in groups planned before they were people of the file; else null. */
    public String getOtherMembers() {
        return otherMembers;
    }

    public String getCoordinator() {
        return coordinator;
    }
}
