package org.factdesk.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the audit chain sealed and checks it. Every instance runs the sealer each second; the chain head's row
 * lock makes them take turns, so each revision is sealed once, within about a second of its commit.
 */
@ApplicationScoped
public class AuditService {

    private static final Logger LOG = Logger.getLogger(AuditService.class);
    static final int SEAL_BATCH = 5000;

    @Inject
    AgroalDataSource dataSource;

    @Scheduled(every = "1s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sealOnSchedule() {
        try {
            sealPending();
        } catch (RuntimeException e) {
            LOG.warn("Sealing the audit chain failed; it will be retried in a second.", e);
        }
    }

    /** Seals every revision committed so far; returns how many. */
    public int sealPending() {
        int total = 0;
        int sealed;
        do {
            sealed = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    return AuditChain.sealPending(connection, SEAL_BATCH);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not seal the audit chain: " + e.getMessage(), e);
                }
            });
            total += sealed;
        } while (sealed == SEAL_BATCH);
        return total;
    }

    /** Seals what is pending, then checks the whole chain. */
    public AuditChain.Verification verify() {
        sealPending();
        try {
            return read(AuditChain::verify);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Seals what is pending, then writes the sealed revisions a valid filter selects, as CSV or JSON, to
     * {@code out} while reading them.
     */
    public void export(AuditFilter filter, boolean csv, OutputStream out) throws IOException {
        sealPending();
        read(connection -> {
            if (csv) {
                AuditExport.csv(connection, filter, out);
            } else {
                AuditExport.json(connection, filter, out);
            }
            return null;
        });
    }

    /** Work that reads the audit tables on one connection. */
    @FunctionalInterface
    interface Reading<T> {
        T on(Connection connection) throws SQLException, IOException;
    }

    /** Runs a read in one transaction that is rolled back: it changes nothing, and PostgreSQL streams only there. */
    private <T> T read(Reading<T> reading) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return reading.on(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chain: " + e.getMessage(), e);
        }
    }
}
