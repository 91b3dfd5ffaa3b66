package org.factdesk.account.signin;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** Username and password from an HTTP Basic header, checked with the same throttling as the login form. */
public class BasicLoginRequest extends BaseAuthenticationRequest {

    public final String username;
    public final String password;
    public final String ip;
    /** The address called, for the security log. */
    public final String path;
    /** Why the attempt failed, for the 401 problem detail. */
    public volatile String failure;

    public BasicLoginRequest(String username, String password, String ip, String path) {
        this.username = username;
        this.password = password;
        this.ip = ip;
        this.path = path;
    }
}
