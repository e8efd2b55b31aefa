package no.medvirk.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit as stored in Medvirk's own tables; {@link Organisation.Unit} is what the file says. */
@Entity
@Table(name = "unit")
public class UnitRecord {

    @Id
    private String code;
    private String name;
    private String email;
    private boolean active;

    protected UnitRecord() {
    }

    UnitRecord(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    void update(String name, String email) {
        this.name = name;
        this.email = email;
        this.active = true;
    }

    void deactivate() {
        this.active = false;
    }
}
