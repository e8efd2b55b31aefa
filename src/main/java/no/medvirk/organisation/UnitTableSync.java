package no.medvirk.organisation;

import java.util.HashSet;
import java.util.Set;
import no.medvirk.organisation.Organisation.Unit;

/** Keeps the unit table in step with the organisation file. */
class UnitTableSync {

    private final UnitRecords units;

    UnitTableSync(UnitRecords units) {
        this.units = units;
    }

    void sync(Organisation organisation) {
        Set<String> inFile = new HashSet<>();
        for (Unit unit : organisation.units()) {
            inFile.add(unit.code());
            UnitRecord record = units.findById(unit.code()).orElseGet(() -> new UnitRecord(unit.code()));
            record.update(unit.name(), unit.email());
            units.save(record);
        }
        for (UnitRecord record : units.findAll()) {
            if (!inFile.contains(record.getCode()) && record.isActive()) {
                record.deactivate();
                units.save(record);
            }
        }
    }
}
