package org.factdesk.account.signin;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token from the session cookie, to be resolved against the session table. */
public class SessionTokenRequest extends BaseAuthenticationRequest {

    public final String token;

    public SessionTokenRequest(String token) {
        this.token = token;
    }
}
