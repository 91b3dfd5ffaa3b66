package org.factdesk.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.web.FactDeskConfig;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * Backups of the embedded H2 database: H2's {@code SCRIPT} writes the whole database as SQL in a zip, from one
 * consistent snapshot while the desk keeps working, into {@code <data-dir>/backups}. One is made every night (the
 * {@code factdesk.backup.cron} schedule) and the newest {@code factdesk.backup.keep} are kept; admins make one on
 * demand and download them from /admin/backups. A file is written under a temporary name and renamed when
 * complete, so a list never shows a half-written backup.
 *
 * <p>PostgreSQL deployments back up with the database's own tools ({@code pg_dump}); there this service only
 * says so.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class);
    /** The names this service gives; anything else in the folder, or asked for, is not a backup. */
    static final Pattern NAME = Pattern.compile("factdesk-\\d{8}-\\d{6}(-\\d{1,3})?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** One backup file: its name, size and when it was completed. */
    public record Backup(String name, long bytes, Instant madeAt) {
        public String size() {
            return bytes < 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.0f KB", Math.ceil(bytes / 1024.0))
                    : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
    }

    /** The database cannot be backed up from inside the app (PostgreSQL). */
    public static class UnsupportedException extends RuntimeException {
        UnsupportedException() {
            super("This desk runs on PostgreSQL: back it up with pg_dump (see the README).");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FactDeskConfig config;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** Whether backups are made here: only for the embedded H2 database. */
    public boolean supported() {
        return "h2".equalsIgnoreCase(dbKind);
    }

    public Path folder() {
        return Path.of(config.dataDir()).toAbsolutePath().normalize().resolve("backups");
    }

    @Scheduled(cron = "{factdesk.backup.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void nightly() {
        if (!supported()) {
            return;
        }
        try {
            Backup made = create();
            LOG.infof("Nightly backup %s made (%s).", made.name(), made.size());
        } catch (RuntimeException e) {
            LOG.error("The nightly backup failed; the next attempt is tomorrow. Make one from /admin/backups.", e);
        }
    }

    /** Makes a backup now and prunes the oldest beyond {@code factdesk.backup.keep}. */
    public synchronized Backup create() {
        if (!supported()) {
            throw new UnsupportedException();
        }
        Path dir = folder();
        try {
            Files.createDirectories(dir);
            Path target = freeName(dir, STAMP.format(Instant.now()));
            Path partial = dir.resolve(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                // The path is made here from the data folder and a time stamp, never from a request.
                statement.execute("SCRIPT TO '" + partial.toString().replace("'", "''") + "' COMPRESSION ZIP");
            } catch (SQLException e) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("H2 could not write the backup: " + e.getMessage(), e);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return describe(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() {
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).map(BackupService::describe)
                    .sorted(Comparator.comparing((Backup b) -> order(b.name())).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of the backup with this exact name, if it is one; a name with a path in it never matches. */
    public Optional<Path> file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder().resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private void prune() throws IOException {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(all.size(), Math.max(1, config.backup().keep())), all.size())) {
            Files.deleteIfExists(folder().resolve(old.name()));
        }
    }

    /** The name for a backup made in this second; a suffix when one was already made in it. */
    private static Path freeName(Path dir, String stamp) {
        Path candidate = dir.resolve("factdesk-" + stamp + ".zip");
        for (int i = 2; Files.exists(candidate) && i < 1000; i++) {
            candidate = dir.resolve("factdesk-" + stamp + "-" + i + ".zip");
        }
        return candidate;
    }

    /** Sorts by time stamp, then by the suffix a second backup in the same second gets ("-2" after none). */
    private static String order(String name) {
        String stamp = name.substring("factdesk-".length(), "factdesk-".length() + 15);
        String rest = name.substring("factdesk-".length() + 15, name.length() - ".zip".length());
        int suffix = rest.isEmpty() ? 1 : Integer.parseInt(rest.substring(1));
        return stamp + String.format(java.util.Locale.ROOT, "%03d", suffix);
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
