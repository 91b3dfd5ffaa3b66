package org.factdesk.web;

/** The thing asked for does not exist (or is not visible to the caller): 404, on pages and in the API. */
public class MissingException extends RuntimeException {

    public MissingException(String message) {
        super(message);
    }
}
