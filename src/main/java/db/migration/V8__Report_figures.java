package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * M12: what the statistics count, kept on the message when it happens, so the report groups plain
 * columns with indexes: the Oslo day a message came in, how many calls were made, the days until
 * the submitter had an answer. In Java because H2 and PostgreSQL disagree on
 * {@code at time zone} (H2 keeps the UTC date): the existing rows are filled here the way
 * {@code Message} fills new ones.
 */
public class V8__Report_figures extends BaseJavaMigration {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table message add column received_day date");
            ddl.execute("alter table message add column call_count integer default 0 not null");
            ddl.execute("alter table message add column contact_days integer");
        }
        fillDays(connection);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("update message set call_count ="
                    + " (select count(*) from call_attempt c where c.message_id = message.id)");
            ddl.execute("alter table message alter column received_day set not null");
            // The report's scan: a period of days, read from the index alone where the database can.
            ddl.execute("create index message_received on message"
                    + " (received_day, routed_to, unit_code, channel, kind, subject_area)");
            ddl.execute("create index message_unit_received on message (unit_code, received_day)");
            ddl.execute("create index message_escalated on message (escalated_at)");
            ddl.execute("create index overdue_week_start on overdue_week (week_start)");
            ddl.execute("create index dialogue_meeting_date on dialogue_meeting (meeting_date)");
            // The administration's assessment in the yearly report to the council, one per year.
            ddl.execute("""
                    create table report_assessment (
                        report_year integer primary key,
                        text        varchar(8000) not null,
                        updated_by  varchar(64)   not null,
                        updated_at  timestamp with time zone not null
                    )""");
        }
    }

    private static void fillDays(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select id, received_at, contacted_at from message");
             PreparedStatement update = connection.prepareStatement(
                     "update message set received_day = ?, contact_days = ? where id = ?")) {
            while (rows.next()) {
                LocalDate received = rows.getObject(2, OffsetDateTime.class).atZoneSameInstant(OSLO).toLocalDate();
                OffsetDateTime contacted = rows.getObject(3, OffsetDateTime.class);
                update.setObject(1, received);
                if (contacted == null) {
                    update.setNull(2, Types.INTEGER);
                } else {
                    update.setInt(2, (int) ChronoUnit.DAYS.between(received, contacted.atZoneSameInstant(OSLO).toLocalDate()));
                }
                update.setLong(3, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
