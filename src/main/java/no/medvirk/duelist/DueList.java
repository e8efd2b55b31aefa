package no.medvirk.duelist;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** M9: the service centre's weekly list, as it was when it was made. */
@Entity
@Table(name = "due_list")
public class DueList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant generatedAt;
    private LocalDate weekStart;
    // A list is always read whole.
    @OneToMany(mappedBy = "dueList", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("responsible, contactDeadline, caseNumber")
    private List<DueListEntry> entries = new ArrayList<>();

    protected DueList() {
    }

    DueList(Instant generatedAt, LocalDate weekStart) {
        this.generatedAt = generatedAt;
        this.weekStart = weekStart;
    }

    void add(DueListEntry entry) {
        entries.add(entry);
    }

    public Long getId() {
        return id;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public List<DueListEntry> getEntries() {
        return List.copyOf(entries);
    }

    List<DueListEntry> overdue() {
        return entries.stream().filter(DueListEntry::isOverdue).toList();
    }

    List<DueListEntry> dueThisWeek() {
        return entries.stream().filter(e -> !e.isOverdue()).toList();
    }

    /** What this list counted as overdue for one responsible (a unit, or the mayor's office). */
    List<DueListEntry> countedFor(String responsible) {
        return entries.stream().filter(e -> e.isCounted() && e.getResponsible().equals(responsible)).toList();
    }

    /** M11: counted again after an earlier week: for the chief executive. */
    List<DueListEntry> escalated() {
        return entries.stream().filter(e -> e.isCounted() && e.getTimesOverdue() >= 2).toList();
    }
}
