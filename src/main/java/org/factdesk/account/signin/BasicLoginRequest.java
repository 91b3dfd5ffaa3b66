package org.factdesk.account.signin;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** Username and password from an HTTP Basic header, checked with the same throttling as the login form. */
public class BasicLoginRequest extends BaseAuthenticationRequest {

    public final String username;
    public final String password;
    public final String ip;
    /** The address called, for the security log. */
    public final String path;
    /** Why the attempt failed, for the problem detail. */
    public volatile String failure;
    /** The answer's status when it is not a plain 401: 429 when throttled, 503 when sign-in checks are busy. */
    public volatile int status = 401;
    /** Seconds to wait, for Retry-After, when throttled or busy. */
    public volatile long retryAfter;

    public BasicLoginRequest(String username, String password, String ip, String path) {
        this.username = username;
        this.password = password;
        this.ip = ip;
        this.path = path;
    }
}
