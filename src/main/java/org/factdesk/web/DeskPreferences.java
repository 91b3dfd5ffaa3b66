package org.factdesk.web;

import java.time.ZoneId;

/**
 * The desk's own language and time zone, set by an admin with the organisation's settings. The settings feature
 * provides the one bean; web only reads it, so it needs to know no feature. Reading it never touches the database
 * on the caller's thread (pages resolve their language on the event loop too).
 */
public interface DeskPreferences {

    /** The language of readers who chose none and whose browser asks for none of ours. */
    Language language();

    /** The zone the desk's calendar runs in: its "today", and the default for showing times. */
    ZoneId zone();
}
