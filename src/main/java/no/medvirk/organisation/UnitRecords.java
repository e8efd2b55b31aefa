package no.medvirk.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRecords extends JpaRepository<UnitRecord, String> {
}
