package org.factdesk.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
    static final Pattern NAME = Pattern.compile("factdesk-(\\d{8}-\\d{6}-\\d{3})(-manual)?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final String MANUAL = "-manual";
    /** Backups hold password hashes: only the app's own user may read them. */
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

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
            Backup made = create(false);
            LOG.infof("Nightly backup %s made (%s).", made.name(), made.size());
        } catch (RuntimeException e) {
            LOG.error("The nightly backup failed; the next attempt is tomorrow. Make one from /admin/backups.", e);
        }
    }

    /**
     * Makes a backup now. Nightly and manual backups are pruned separately, each to the newest
     * {@code factdesk.backup.keep}, so pressing "Back up now" never pushes out the nights before.
     */
    public synchronized Backup create(boolean manual) {
        if (!supported()) {
            throw new UnsupportedException();
        }
        Path dir = folder();
        try {
            createPrivateFolder(dir);
            removeLeftovers(dir);
            Path target = dir.resolve("factdesk-" + freeStamp(dir) + (manual ? MANUAL : "") + ".zip");
            Path partial = dir.resolve(target.getFileName() + ".partial");
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                // The path is made here from the data folder and a time stamp, never from a request.
                statement.execute("SCRIPT TO '" + partial.toString().replace("'", "''") + "' COMPRESSION ZIP");
            } catch (SQLException e) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("H2 could not write the backup: " + e.getMessage(), e);
            }
            ownerOnly(partial, OWNER_ONLY_FILE);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            Backup made = describe(target).orElseThrow(() -> new IOException("the backup vanished: " + target));
            prune(manual);
            return made;
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
                    .flatMap(Optional::stream).sorted(Comparator.comparing(Backup::name, BackupService::byStamp)
                            .reversed()).toList();
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

    private void prune(boolean manual) throws IOException {
        List<Backup> same = list().stream().filter(b -> b.name().endsWith(MANUAL + ".zip") == manual).toList();
        for (Backup old : same.subList(Math.min(same.size(), Math.max(1, config.backup().keep())), same.size())) {
            Files.deleteIfExists(folder().resolve(old.name()));
        }
    }

    /** A time stamp to the millisecond that no backup in the folder has yet (creates are serialised). */
    private static String freeStamp(Path dir) throws IOException {
        while (true) {
            String stamp = STAMP.format(Instant.now());
            try (Stream<Path> files = Files.list(dir)) {
                if (files.noneMatch(p -> p.getFileName().toString().startsWith("factdesk-" + stamp))) {
                    return stamp;
                }
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while naming the backup", e);
            }
        }
    }

    /** Orders names by their time stamp (manual or nightly alike). */
    private static int byStamp(String a, String b) {
        return stamp(a).compareTo(stamp(b));
    }

    private static String stamp(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? m.group(1) : "";
    }

    /** A half-written file left by a crash or a stop during a backup: nothing else writes here. */
    private static void removeLeftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".zip.partial")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void createPrivateFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        ownerOnly(dir, OWNER_ONLY_DIR);
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /** The backup's details; empty when the file went away meanwhile (pruned by another request). */
    private static Optional<Backup> describe(Path file) {
        try {
            return Optional.of(new Backup(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
