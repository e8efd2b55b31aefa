package no.medvirk.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The administration's assessment in each year's report to the council, as last saved. */
@Repository
class Assessments {

    static final int MAX_LENGTH = 8000;

    record Assessment(int year, String text, String updatedBy, Instant updatedAt) {
    }

    private final JdbcTemplate jdbc;

    Assessments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Assessment> find(int year) {
        return jdbc.query("select report_year, text, updated_by, updated_at from report_assessment where report_year = ?",
                (rs, i) -> new Assessment(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()), year).stream().findFirst();
    }

    /** Each statement commits on its own: after a refused insert PostgreSQL would refuse the rest of a transaction. */
    void save(int year, String text, String user, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        String update = "update report_assessment set text = ?, updated_by = ?, updated_at = ? where report_year = ?";
        if (jdbc.update(update, text, user, when, year) == 0) {
            try {
                jdbc.update("insert into report_assessment (report_year, text, updated_by, updated_at) values (?, ?, ?, ?)",
                        year, text, user, when);
            } catch (DuplicateKeyException savedAtTheSameTime) {
                jdbc.update(update, text, user, when, year);
            }
        }
    }
}
