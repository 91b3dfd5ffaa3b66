package org.factdesk.backup;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the backups page and its notices, in English; {@code messages/backup_<tag>.properties} holds each
 * other language. Templates write {@code {backup:backUpNow}}. Commands, file and folder names stay as they are.
 */
@MessageBundle("backup")
public interface BackupMessages {

    @Message("Backups")
    String backups();

    @Message("A backup is the whole database (articles, claims, verdicts, the audit history and the accounts with "
            + "their password hashes) as SQL in a zip file, taken from one consistent moment while the desk keeps "
            + "working. One is made every night. Keep copies somewhere else too, and treat them as secret.")
    String intro();

    @Message("The newest backups are kept in this folder:")
    String folder();

    @Message("Back up now")
    String backUpNow();

    @Message("No backups yet.")
    String none();

    @Message("Backups, newest first")
    String caption();

    @Message("Backup")
    String backup();

    @Message("Made")
    String made();

    @Message("Size")
    String size();

    @Message("{count} KB")
    String kilobytes(long count);

    @Message("{count} MB")
    String megabytes(String count);

    @Message("Restoring a backup")
    String restoring();

    @Message("Stop FactDesk and move this file of the data folder somewhere safe:")
    String restoreStop();

    @Message("From FactDesk's folder, load the backup into a new database with H2's RunScript tool:")
    String restoreLoad();

    @Message("Start FactDesk again: everything is as it was when the backup was made, accounts and passwords "
            + "included.")
    String restoreStart();

    @Message("This desk runs on PostgreSQL, so backups are made with the database's own tools (the README has the "
            + "details), for example every night with:")
    String postgres();

    @Message("Such a dump is restored with:")
    String postgresRestore();

    @Message("This desk runs on PostgreSQL: back it up with pg_dump.")
    String unsupported();

    @Message("The backup failed: {reason}")
    String failed(String reason);

    @Message("Backup {name} made ({size}).")
    String madeNotice(String name, String size);

    @Message("There is no backup of that name.")
    String noSuchBackup();
}
