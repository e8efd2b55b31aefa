package no.medvirk.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * One node at a time starts on a database. The engine decides whether to create its tables by looking
 * for them, and the organisation sync and the grants check before they insert, so two nodes starting
 * together on an empty database both create, and one dies. The lock is taken as soon as the DataSource
 * exists, before Flyway and the engine touch the schema, and given back when the context is refreshed:
 * the engine's schema, Medvirk's migrations, the deployment of processes/ and the organisation are then
 * made, and the next node finds them. On PostgreSQL it is a session-level advisory lock on a connection
 * of its own, so a node that dies while starting gives it back with its connection; on H2 (which one
 * node alone opens) there is nothing to lock.
 */
@Component
class StartupLock implements BeanPostProcessor, ApplicationListener<ContextRefreshedEvent>, DisposableBean {

    /** "medvirk" in ASCII: a key no other user of the database's advisory locks (Flyway) picks. */
    static final long KEY = 0x6d65647669726bL;
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final ApplicationContext context;
    private boolean taken;
    private Connection holder;

    StartupLock(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !taken) {
            taken = true;
            take(dataSource);
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext() == context) {
            giveBack();
        }
    }

    /** A start-up that failed gives the lock back as the context closes. */
    @Override
    public void destroy() {
        giveBack();
    }

    private void take(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            holder = connection;
            if (!Databases.isPostgres(connection)) {
                holder = null;
                connection.close();
                return;
            }
            if (!tryLock(connection)) {
                log.info("Another node is starting on this database; waiting until it has made the schema and data");
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
                    lock.setLong(1, KEY);
                    lock.execute();
                }
            }
        } catch (SQLException e) {
            giveBack();
            throw new DataAccessResourceFailureException("Cannot take the start-up lock on the database", e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private synchronized void giveBack() {
        if (holder == null) {
            return;
        }
        Connection connection = holder;
        holder = null;
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException e) {
            // Back in the pool the session would keep its lock: the connection is ended instead.
            log.warn("Could not give back the start-up lock; ending its connection: {}", e.getMessage());
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // Ended already.
            }
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing is left to give back.
            }
        }
    }
}
