package no.medvirk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine's own tables (runtime, history, byte arrays) on the tests' H2, searched for words. */
public final class EngineTables {

    private EngineTables() {
    }

    /** Every text and binary column of the engine's tables that holds the words. */
    public static List<String> holding(JdbcTemplate jdbc, String words) {
        List<String> found = new ArrayList<>();
        var columns = jdbc.queryForList("select table_name, column_name, data_type from information_schema.columns "
                + "where table_schema = 'PUBLIC' and table_name like 'ACT\\_%' escape '\\'");
        for (var column : columns) {
            String table = (String) column.get("TABLE_NAME");
            String name = (String) column.get("COLUMN_NAME");
            String type = String.valueOf(column.get("DATA_TYPE"));
            if (type.contains("CHAR") || type.contains("CLOB")) {
                Long hits = jdbc.queryForObject("select count(*) from " + table + " where " + name + " like ?",
                        Long.class, "%" + words + "%");
                if (hits != null && hits > 0) {
                    found.add(table + "." + name);
                }
            } else if (type.contains("BINARY") || type.contains("BLOB")) {
                for (byte[] value : jdbc.queryForList("select " + name + " from " + table + " where " + name
                        + " is not null", byte[].class)) {
                    if (new String(value, StandardCharsets.UTF_8).contains(words)) {
                        found.add(table + "." + name);
                        break;
                    }
                }
            }
        }
        return found;
    }
}
