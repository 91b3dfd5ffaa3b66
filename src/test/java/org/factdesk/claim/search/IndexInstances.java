package org.factdesk.claim.search;

import org.factdesk.web.AppSecrets;
import org.factdesk.web.FactDeskConfig;

/** A second index instance beside the application's, for restart tests (in this package and others). */
public final class IndexInstances {

    private IndexInstances() {
    }

    /** An index sync over {@code index} (not yet started), as the application would make it. */
    public static IndexSync of(ClaimIndex index, AppSecrets secrets, FactDeskConfig config) {
        IndexSync sync = new IndexSync();
        sync.index = index;
        sync.secrets = secrets;
        sync.config = config;
        return sync;
    }

    public static ClaimIndex index(IndexSync sync) {
        return sync.index;
    }

    public static void start(IndexSync sync, java.nio.file.Path folder) throws java.io.IOException {
        sync.start(folder);
    }

    /** Commits and closes the index, as the application does when it stops. */
    public static void stop(IndexSync sync) {
        sync.stop();
        sync.index.close();
    }
}
