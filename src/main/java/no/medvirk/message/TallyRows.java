package no.medvirk.message;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.medvirk.engine.Databases;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds to the statistics' tallies (V22) in the caller's transaction. Two transactions adding to the same row
 * add one after the other: PostgreSQL's upsert locks the row; on H2 an insert that lost the race to another
 * is made an update.
 */
public class TallyRows {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public TallyRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** Adds to the row of this key, made if there is none. */
    public void add(String table, List<String> keys, List<Object> key, List<String> counts, List<Integer> add) {
        Object[] values = Stream.concat(key.stream(), add.stream()).toArray();
        if (postgres) {
            jdbc.update("insert into %s (%s, %s) values (%s) on conflict (%s) do update set %s".formatted(table,
                    String.join(", ", keys), String.join(", ", counts), marks(keys.size() + counts.size()),
                    String.join(", ", keys), String.join(", ", counts.stream()
                            .map(c -> c + " = " + table + "." + c + " + excluded." + c).toList())), values);
            return;
        }
        Object[] addFirst = Stream.concat(add.stream(), key.stream()).toArray();
        String update = "update %s set %s where %s".formatted(table,
                String.join(", ", counts.stream().map(c -> c + " = " + c + " + ?").toList()),
                String.join(" and ", keys.stream().map(k -> k + " = ?").toList()));
        if (jdbc.update(update, addFirst) > 0) {
            return;
        }
        try {
            jdbc.update("insert into %s (%s, %s) values (%s)".formatted(table, String.join(", ", keys),
                    String.join(", ", counts), marks(keys.size() + counts.size())), values);
        } catch (DuplicateKeyException raced) {
            jdbc.update(update, addFirst);
        }
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
