package org.factdesk.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** Username and password from an HTTP Basic header, checked with the same throttling as the login form. */
public class BasicLoginRequest extends BaseAuthenticationRequest {

    public final String username;
    public final String password;
    public final String ip;
    /** Why the attempt failed, for the 401 problem detail. */
    public volatile String failure;

    public BasicLoginRequest(String username, String password, String ip) {
        this.username = username;
        this.password = password;
        this.ip = ip;
    }
}
